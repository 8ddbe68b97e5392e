package org.oscetrainer.patient.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tap (knock) code: each letter is two groups of taps, its row and its column in a five-by-five square of the
 * alphabet without K (C stands for it), written as dots or stars ("•• ••• / •••• •"), one letter between slashes,
 * bars or wide gaps. A reader who knows the square reads the word; so does {@link Disguises}, a reading
 * {@code tap-code}. Digits in pairs are the Polybius square, read elsewhere.
 */
final class TapCode {

    private static final String SQUARE = "abcdefghijlmnopqrstuvwxyz";
    /** A tap: a bullet or a star (not a full stop, which ends the sentence after the last letter). */
    private static final String TAP = "[•·∙●*]";
    /** Two or more letters, each two groups of one to five taps. */
    private static final Pattern RUN = Pattern.compile(
            "(?:" + TAP + "{1,5} " + TAP + "{1,5}(?:\\s*[/|]\\s*|\\s{2,}|\\s*,\\s*)){1,}" + TAP + "{1,5} " + TAP + "{1,5}");
    private static final Pattern LETTER = Pattern.compile("(" + TAP + "{1,5}) (" + TAP + "{1,5})");

    private TapCode() {
    }

    /** The letters the tap code of {@code text} spells, one word per run; {@code null} when there is none. */
    static String read(String text) {
        if (text.indexOf('•') < 0 && text.indexOf('*') < 0 && text.indexOf('·') < 0 && text.indexOf('●') < 0
                && text.indexOf('∙') < 0) {
            return null;
        }
        Matcher run = RUN.matcher(text);
        StringBuilder out = new StringBuilder();
        while (run.find()) {
            Matcher letter = LETTER.matcher(run.group());
            while (letter.find()) {
                int row = letter.group(1).length();
                int column = letter.group(2).length();
                out.append(SQUARE.charAt((row - 1) * 5 + column - 1));
            }
            out.append(' ');
        }
        return out.length() == 0 ? null : out.toString().strip();
    }
}
