package org.oscetrainer.patient.internal;

import java.util.regex.Pattern;
import org.oscetrainer.catalog.Scenario.Fact;
import org.oscetrainer.common.Words;

/**
 * A question that asks for a dose ("what dose of ramipril?", "how many mls of Calpol?", "quelle dose ?") and whether a
 * fact says one: a fact about the medicine that gives no dose does not answer it, as a real patient who was never
 * told the dose would say they do not know (French and English).
 */
final class Dosage {

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

    private Dosage() {
    }

    /** {@code question} asks for a dose. */
    static boolean asked(String question) {
        return ASKS.matcher(Words.fold(question)).find();
    }

    /** {@code fact} gives a dose: a number, or a number of tablets, puffs, spoonfuls. */
    static boolean given(Fact fact) {
        return GIVES.matcher(Words.fold(fact.text())).find();
    }
}
