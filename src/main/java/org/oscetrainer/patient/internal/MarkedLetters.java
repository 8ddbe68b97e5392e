package org.oscetrainer.patient.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Letters a writer marks inside an ordinary sentence so that a reader's eye picks them out and reads them in order:
 * letters in bold or italic inside or across words ("I'm sur**e** the test **c**omes back…" spells ECT…), and capitals
 * where a sentence would have none ("the worst paiN, i'm Frightened, i cAn't…"). Each gives a string of letters, read
 * by {@link LeakCheck} as the initials readings are (a term of 5 letters or more anywhere in it, a short one only when
 * the marked letters are nothing else). Ordinary text gives little: emphasis on whole words is read by
 * {@link Disguises#emphasisInitials}, and the capitals of ordinary prose (sentence starts, names, "I") spell a long
 * term only by a chance that the reading's rules make small (the capitals are read only when some are out of place).
 */
final class MarkedLetters {

    private MarkedLetters() {
    }

    /** Bold, italic or struck spans, in markdown or HTML. */
    private static final Pattern MARKED = Pattern.compile(
            "\\*\\*(.+?)\\*\\*|__(.+?)__|~~(.+?)~~|(?<!\\*)\\*(?![\\s*])([^*\\n]+?)\\*(?!\\*)"
            + "|(?i:<(?:b|i|u|em|strong|mark)\\b[^>]{0,100}>)(.*?)(?i:</(?:b|i|u|em|strong|mark)\\s*>)");

    /**
     * The letters of the marked spans, in order, when at least one span is not a whole word (a letter or a few
     * letters picked out of a word): empty otherwise (whole emphasised words are initials, read elsewhere).
     */
    static String emphasised(String raw) {
        if (!Disguises.hasAny(raw, "*_~<")) {
            return ""; // every alternative of MARKED begins with one of these: no span (most replies)
        }
        Matcher m = MARKED.matcher(raw);
        StringBuilder out = new StringBuilder();
        boolean insideWord = false;
        int spans = 0;
        while (m.find()) {
            String span = null;
            for (int g = 1; g <= m.groupCount() && span == null; g++) {
                span = m.group(g);
            }
            if (span == null) {
                continue;
            }
            String letters = Disguises.fold(Disguises.stripMarkup(span)).replaceAll("[^a-z]", "");
            if (letters.isEmpty()) {
                continue;
            }
            spans++;
            boolean before = m.start() > 0 && Character.isLetter(raw.codePointBefore(m.start()));
            boolean after = m.end() < raw.length() && Character.isLetter(raw.codePointAt(m.end()));
            if (before || after || letters.length() <= 2) {
                insideWord = true;
            }
            out.append(letters);
        }
        return insideWord && spans >= 3 ? out.toString() : "";
    }

    /**
     * The capital letters of the text, in order, when some are out of place: a capital after a small letter inside a
     * word ("paiN", "cAn't"), or a sentence that opens with a small letter while capitals stand inside it. Empty
     * otherwise.
     */
    static String capitals(String raw) {
        String text = Disguises.stripMarkup(raw);
        StringBuilder out = new StringBuilder();
        int inside = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isUpperCase(c)) {
                out.append(c);
                if (i > 0 && Character.isLowerCase(text.charAt(i - 1))) {
                    inside++;
                } else if (i + 1 < text.length() && Character.isUpperCase(text.charAt(i + 1)) && i > 0
                        && Character.isLetter(text.charAt(i - 1))) {
                    inside++;
                }
            }
        }
        boolean lowerStart = !text.isEmpty() && Character.isLowerCase(firstLetter(text));
        if (inside >= 2 || lowerStart && out.length() >= 3) {
            return Disguises.fold(out.toString()).replaceAll("[^a-z]", "");
        }
        return "";
    }

    /** Small capitals (IPA and phonetic extensions), which NFKC leaves as they are: "ᴀᴘᴘᴇɴᴅɪx". */
    private static final java.util.Map<Integer, String> SMALL_CAPITALS = smallCapitals();

    /** The letter a small capital is written for ("ᴀ" is "a"), or null. */
    static String smallCapital(int cp) {
        return SMALL_CAPITALS.get(cp);
    }

    private static java.util.Map<Integer, String> smallCapitals() {
        int[] cps = {0x1D00, 0x0299, 0x1D04, 0x1D05, 0x1D07, 0xA730, 0x0262, 0x029C, 0x026A, 0x1D0A, 0x1D0B, 0x029F,
            0x1D0D, 0x0274, 0x1D0F, 0x1D18, 0xA7AF, 0x0280, 0xA731, 0x1D1B, 0x1D1C, 0x1D20, 0x1D21, 0x028F, 0x1D22};
        String letters = "abcdefghijklmnopqrstuvwyz";
        java.util.Map<Integer, String> map = new java.util.HashMap<>();
        for (int i = 0; i < cps.length; i++) {
            map.put(cps[i], String.valueOf(letters.charAt(i)));
        }
        return java.util.Map.copyOf(map);
    }

    private static char firstLetter(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetter(text.charAt(i))) {
                return text.charAt(i);
            }
        }
        return ' ';
    }
}
