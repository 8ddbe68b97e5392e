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
            + "|c'?est quel(?:le)? (?:pilule|medicament|traitement|antibiotique|lait|marque)"
            // someone's name: "what's her neighbour's name?", « comment s'appelle votre chat ? »
            + "|\\w+'s name|what(?:'?s| is| was) (?:his|her|their) (?:first )?name|comment (?:il |elle )?s'appelle"
            + "|s'appellen?t? comment|quel est (?:son|le|leur) (?:nom|prenom)|son prenom"
            // a place or a firm that only its name tells: "which hospital?", « dans quelle ville ? »
            + "|(?:which|what) (?:hospital|supermarket|shop|chemist|pharmacy|city|town|village|country|school|company|firm"
            + "|clinic|airline|club|team)|quel(?:le)? (?:hopital|ville|pays|pharmacie|magasin|supermarche|clinique|ecole"
            + "|entreprise|societe|village|compagnie)"
            // medicines given, by name: "what painkillers did they give her?"
            + "|(?:what|which) (?:painkillers?|tablets?|pills?|medicines?|antibiotics?|drugs?|inhalers?|creams?) did (?:\\w+ ){1,2}"
            + "(?:give|gave|prescribe)");

    /** Asks for a colour: "what colour was it?", « de quelle couleur ? », « rouge vif ou foncé ? ». */
    private static final Pattern COLOUR_ASKED;

    /** A colour in a fact. */
    private static final Pattern COLOUR_GIVEN;

    static {
        String colours = "red|green|yellow|white|black|brown|blue|grey|gray|pink|purple|orange|clear|dark|bright|rouges?|verte?s?"
                + "|jaunes?|blanche?s?|noire?s?|marron|bleue?s?|grise?s?|roses?|rosee?s?|violette?s?|clairs?|claires?|foncee?s?"
                + "|vif|vive|sombres?|marc de cafe|frothy|mousseu\\w+"
                // the colour of a skin or a face: "he looked pale and a bit blotchy", « marbré », « livide »
                + "|pale|pales|pallid|ashen|blotchy|mottled|flushed|rosy|yellowish|bluish|gr[ae]yish|marbree?s?|livides?"
                + "|jaunatres?|bleuatres?|grisatres?|blafarde?s?";
        COLOUR_ASKED = WholeWords.of("what colou?r|which colou?r|what shade|quelle couleur|(?:" + colours + ")(?: \\w+)? (?:or|ou)"
                + " (?:plutot )?(?:" + colours + ")");
        COLOUR_GIVEN = WholeWords.of(colours);
    }

    /**
     * Asks which side or which one: "which wrist?", "left or right?", « laquelle ? », « de quel côté ? »; not the
     * patient's own name ("what's your name?" is answered from the persona) nor a relative pronoun.
     */
    private static final Pattern SIDE_ASKED = WholeWords.of("which (?:side|wrist|arm|leg|hand|foot|eye|ear|knee|hip|ankle|one|ones)"
            + "|left or right|right or left|quel cote|gauche ou (?:a )?droite|droite ou (?:a )?gauche"
            // « laquelle ? » asks which one; « la raison pour laquelle… » is a relative pronoun after its preposition
            + "|(?<!(?:pour|dans|avec|par|sur|sous|vers|chez|selon|parmi|sans|a|de) )(?:laquelle|lequel|lesquel(?:le)?s)");

    /** A side in a fact, or a name (which one: "the furosemide"). */
    private static final Pattern SIDE_GIVEN = WholeWords.of("left|right|both|either|neither|gauche|droite?|deux|bilateral\\w*");

    /** Asks for a sum of money: "how much redundancy pay did you get?", « ça vous coûte combien ? ». */
    private static final Pattern MONEY_ASKED = WholeWords.of("how much (?:\\w+ ){0,3}(?:pay|paid|cost|costs|money|earn|earns|salary)"
            + "|combien (?:\\w+ ){0,3}(?:paye\\w*|coute\\w*|gagne\\w*)|(?:coute|paye) combien");

    /** A sum of money in a fact. */
    private static final Pattern MONEY_GIVEN = Pattern.compile("[£€$]|(?<![a-z])(?:pounds?|quid|euros?|free|gratuit\\w*)(?![a-z])");

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
        String text = Words.fold(fact.text());
        return dose(question) && !givesDose(fact) || name(question) && !givesName(fact)
                || asked(COLOUR_ASKED, question) && !COLOUR_GIVEN.matcher(text).find()
                || asked(SIDE_ASKED, question) && !SIDE_GIVEN.matcher(text).find() && !givesName(fact)
                || asked(MONEY_ASKED, question) && !MONEY_GIVEN.matcher(text).find()
                || asked(NUMBER_ASKED, question) && !NUMBER_GIVEN.matcher(Words.fold(fact.text())).find()
                || asked(COUNT_ASKED, question) && !COUNT_GIVEN.matcher(Words.fold(fact.text())).find();
    }

    /** {@code question} asks which side or which one (not « la raison pour laquelle… »). */
    static boolean side(String question) {
        return asked(SIDE_ASKED, question);
    }

    /** {@code question} asks one of the details this class knows (a dose, a name, a number, a count, a colour, a side, a sum). */
    static boolean asksOne(String question) {
        return dose(question) || name(question) || asked(NUMBER_ASKED, question) || asked(COUNT_ASKED, question)
                || asked(COLOUR_ASKED, question) || asked(SIDE_ASKED, question) || asked(MONEY_ASKED, question);
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

    /** A question of whether a relative lives or died, or of what they died of (router18). */
    private static final Pattern DEATH_ASKED = WholeWords.of("alive|dead|death|died|die|dying|passed"
            + "|pass away|still with us|still around|vivante?s?|en vie|decede\\w*|deces|mort\\w*|toujours la");
    /** A fact that tells of a death. */
    private static final Pattern DEATH_TOLD = WholeWords.of("died|dead|death|passed away|passed on|passed"
            + "|killed|lost (?:him|her|them)|decede\\w*|deces|mort\\w*|tue\\w*|suicide");
    /** A question of a relative's operation. */
    private static final Pattern SURGERY_ASKED = WholeWords.of("surgery|operations?|operated|opere\\w*");
    /** A fact that tells of an operation. */
    private static final Pattern SURGERY_TOLD = WholeWords.of("surgery|operations?|operated|out|removed|stent"
            + "|bypass|transplant|opere\\w*|enleve\\w*|retire\\w*|pontage|greffe");

    /**
     * The family history does not answer a question of whether a relative lives, what they died of, or whether they had
     * an operation, when it tells of no death or no operation ("my brother had a heart attack" for "did your brother
     * die?"): the patient does not know more than the script.
     */
    static boolean lacksLifeOrDeath(String question, Fact fact) {
        String q = Words.fold(question).replace('’', '\'');
        String text = Words.fold(fact.text()).replace('’', '\'');
        return DEATH_ASKED.matcher(q).find() && !DEATH_TOLD.matcher(text).find()
                || SURGERY_ASKED.matcher(q).find() && !SURGERY_TOLD.matcher(text).find();
    }
}
