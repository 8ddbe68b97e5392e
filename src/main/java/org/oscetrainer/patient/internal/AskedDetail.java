package org.oscetrainer.patient.internal;

import java.util.regex.Pattern;
import org.oscetrainer.catalog.Scenario.Fact;
import org.oscetrainer.common.Words;

/**
 * A question that asks for a detail of a topic, a dose ("what dose of ramipril?", "how many mls of Calpol?", "quelle
 * dose ?") or a name ("what are your eye drops called?", "c'est quelle pilule, le nom ?"), and whether a fact gives
 * it: a fact about the medicine that gives no dose or name does not answer it, as a real patient who was never told
 * would say they do not know (French and English).
 */
final class AskedDetail {

    /** "what dose", "the dose of", not "do you miss a dose". */
    private static final Pattern ASKS = WholeWords.of("what (?:is the |'?s the )?dose|which dose|the dose|doses? of|dosage|posologie"
            + "|quelle dose|la dose|doses? de|mg|mgs|milligrams?|milligrammes?|micrograms?"
            + "|microgrammes?|mcg|ml|mls|millilitres?|milliliters?|how many (?:mg|mls?|milligrams?|millilitres?)"
            + "|combien de (?:mg|ml|milligrammes?|millilitres?)|what strength|quel dosage");

    private static final String NUMBER = "one|two|three|four|five|six|seven|eight|nine|ten|half|a quarter"
            + "|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|demi|un demi|un quart";

    private static final Pattern GIVES = Pattern.compile("\\d|(?<![a-z])(?:" + NUMBER + ")[ -](?:\\w+ )?(?:tablets?|pills?|capsules?"
            + "|puffs?|spoons?|spoonfuls?|units?|drops?|sachets?|comprimes?|cachets?|gelules?|bouffees?|cuillere?s?|gouttes?"
            + "|doses?|mg|ml)(?![a-z])");

    /** Asks what something is called: "what are they called", "which brand", "le nom", "quelle marque". */
    private static final Pattern NAME_ASKED = WholeWords.of("what(?:'?s| is| are| was| were) (?:\\w+ ){1,4}called"
            + "|what (?:it|they) (?:is|are|was|were) called"
            + "|(?:the|its|their) names?|which brand|what brand|what make|le nom|son nom|leur nom|quel nom|quelle marque"
            + "|which (?:\\w+ ){0,3}(?:tablet|pill|medicine|medication|drug|inhaler|drops) (?:is it|was it|are they|were they)"
            + "|c'?est quel(?:le)? (?:pilule|medicament|traitement|antibiotique|lait|marque)");

    /** A name in a fact: a word in title case inside a sentence ("Microgynon", "Doliprane"), or a medicine's ending. */
    private static final Pattern NAME_GIVEN = Pattern.compile("(?<=[\\p{L},;:] )\\p{Lu}\\p{Ll}{3,}|(?i)\\b\\p{L}+(?:pril|olol|statin|pine"
            + "|sartan|azole|cillin|mycin|cycline|oxacin|formin|gliptin|xaban|gatran|thyroxine|prazole|tidine|zepam|zolam|clone"
            + "|traline|oxetine|pramine|amol|profen|semide|thiazide|parin|solone|sone|terol|tropium|sonide|codamol|codeine|morphine"
            + "|tramadol|insulin|insuline|aspirin|aspirine|ynin|ynon)\\b");

    /** Asks for an age, a size or a time of day: only a number (or the hour) answers it ("how old was he?"). */
    private static final Pattern NUMBER_ASKED = WholeWords.of("how old|what age|quel age|quelle taille|a quelle heure|what time");

    /** Asks for a count or an amount ("combien de crises ?", "how many a day?"): a number or a word of quantity answers it. */
    private static final Pattern COUNT_ASKED = WholeWords.of("how many|combien(?! de temps)"
            + "|how much (?:\\w+ )?(?:do|does|did) (?:you|he|she|they) (?:drink|smoke|weigh|take|give)");

    private static final String NUMBERS = NUMBER + "|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty"
            + "|ninety|hundred|dozen|onze|douze|quinze|vingt|trente|quarante|cinquante|soixante|quatre-vingts?|cent|douzaine"
            + "|dizaine|midi|minuit|noon|midnight|o'clock|heures?";

    /** A number in a fact: digits, or a number in words. */
    private static final Pattern NUMBER_GIVEN = Pattern.compile("\\d|(?<![a-z])(?:" + NUMBERS + ")(?![a-z])");

    /** A number or a word of quantity: "la troisième fois", "pas beaucoup", "a couple", "most days", "never". */
    private static final Pattern COUNT_GIVEN = Pattern.compile("\\d|(?<![a-z])(?:" + NUMBERS + "|couple|few|several|lots?|much"
            + "|little|never|once|twice|every|each|most|none|no|any|packets?|packs?|bottles?|glass(?:es)?|cups?|pints?|units?"
            + "|beaucoup|peu|quelques|plusieurs|jamais|aucune?|tous|toutes|chaque|fois|paquets?|bouteilles?|verres?|tasses?"
            + "|litres?|unites?|\\w+i[eè]me|first|second|third|\\w+th)(?![a-z])");

    private AskedDetail() {
    }

    /** {@code fact} does not give the detail {@code question} asks for (a dose, a name, a number); false when none is asked. */
    static boolean lacks(String question, Fact fact) {
        return dose(question) && !givesDose(fact) || name(question) && !givesName(fact)
                || asked(NUMBER_ASKED, question) && !NUMBER_GIVEN.matcher(Words.fold(fact.text())).find()
                || asked(COUNT_ASKED, question) && !COUNT_GIVEN.matcher(Words.fold(fact.text())).find();
    }

    private static boolean asked(Pattern detail, String question) {
        return detail.matcher(Words.fold(question).replace('’', '\'')).find();
    }

    /** {@code question} asks what something is called. */
    static boolean name(String question) {
        return NAME_ASKED.matcher(Words.fold(question).replace('’', '\'')).find();
    }

    /** {@code fact} names something: a word in title case inside a sentence, or a medicine's name. */
    static boolean givesName(Fact fact) {
        return NAME_GIVEN.matcher(fact.text()).find();
    }

    /** {@code question} asks for a dose. */
    static boolean dose(String question) {
        return ASKS.matcher(Words.fold(question)).find();
    }

    /** {@code fact} gives a dose: a number, or a number of tablets, puffs, spoonfuls. */
    static boolean givesDose(Fact fact) {
        return GIVES.matcher(Words.fold(fact.text())).find();
    }
}
