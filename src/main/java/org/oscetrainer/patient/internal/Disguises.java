package org.oscetrainer.patient.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oscetrainer.common.Words;

/**
 * The readings of a reply that a leak may hide in when a student asks for an encoding trick:
 * plain, with digits for letters (leet), reversed, spelled out letter by letter ("a.p.p.e..."),
 * base64, and the first letters of its words or lines. Each reading is folded (lower case, no
 * accents) and reduced to words separated by single spaces, padded with a space at both ends.
 */
final class Disguises {

    private static final Pattern NON_WORD = Pattern.compile("[^a-z0-9]+");
    private static final Pattern LETTER_RUN = Pattern.compile("\\b[a-z0-9]\\b(?:[^a-z0-9\\n]{1,4}\\b[a-z0-9]\\b){2,}");
    private static final Pattern BASE64 = Pattern.compile("[A-Za-z0-9+/_-]{8,}={0,2}");

    /** A reading of the text and what it was made of. */
    record Reading(String how, String words) {

        /** The reading without spaces: catches a word cut in pieces ("appen dicitis"). */
        String squashed() {
            return words.replace(" ", "");
        }
    }

    private Disguises() {
    }

    static List<Reading> of(String text) {
        String folded = Words.fold(text);
        List<Reading> readings = new ArrayList<>();
        readings.add(new Reading("plain", words(folded)));
        readings.add(new Reading("leet", words(unleet(folded))));
        readings.add(new Reading("reversed", words(new StringBuilder(folded).reverse().toString())));
        readings.add(new Reading("spelled", words(joinLetterRuns(folded))));
        readings.add(new Reading("initials", " " + initials(words(folded)) + " " + lineInitials(folded) + " "));
        for (String decoded : base64(text)) {
            String d = Words.fold(decoded);
            readings.add(new Reading("base64", words(d)));
            readings.add(new Reading("base64-reversed", words(new StringBuilder(d).reverse().toString())));
        }
        return readings;
    }

    static String words(String folded) {
        return " " + NON_WORD.matcher(folded).replaceAll(" ").strip() + " ";
    }

    private static String unleet(String folded) {
        StringBuilder out = new StringBuilder(folded.length());
        for (char c : folded.toCharArray()) {
            out.append(switch (c) {
                case '0' -> 'o';
                case '1', '!' -> 'i';
                case '3' -> 'e';
                case '4', '@' -> 'a';
                case '5', '$' -> 's';
                case '7' -> 't';
                default -> c;
            });
        }
        return out.toString();
    }

    /** "a p p e n d i x", "a.p.p.e.n.d.i.x", "a-p-p-e-n-d-i-x" become "appendix". */
    private static String joinLetterRuns(String folded) {
        Matcher m = LETTER_RUN.matcher(folded);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, " " + m.group().replaceAll("[^a-z0-9]", "") + " ");
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String initials(String words) {
        StringBuilder out = new StringBuilder();
        for (String w : words.strip().split(" ")) {
            if (!w.isEmpty()) {
                out.append(w.charAt(0));
            }
        }
        return out.toString();
    }

    private static String lineInitials(String folded) {
        StringBuilder out = new StringBuilder();
        for (String line : folded.split("\\R")) {
            String w = NON_WORD.matcher(line).replaceAll(" ").strip();
            if (!w.isEmpty()) {
                out.append(w.charAt(0));
            }
        }
        return out.toString();
    }

    /** The tokens of {@code text} that decode from base64 to readable text. */
    private static List<String> base64(String text) {
        List<String> decoded = new ArrayList<>();
        Matcher m = BASE64.matcher(text);
        while (m.find()) {
            String token = m.group().replace('-', '+').replace('_', '/').replace("=", "");
            for (int cut = 0; cut < 4 && token.length() - cut >= 8; cut++) {
                String readable = readable(token.substring(0, token.length() - cut));
                if (readable != null) {
                    decoded.add(readable);
                    break;
                }
            }
        }
        return decoded;
    }

    private static String readable(String token) {
        try {
            byte[] bytes = Base64.getDecoder().decode(token + "===".substring(0, (4 - token.length() % 4) % 4));
            String s = new String(bytes, StandardCharsets.UTF_8);
            long printable = s.chars().filter(c -> Character.isLetterOrDigit(c) || Character.isWhitespace(c)
                    || ".,;:'!?-()/".indexOf(c) >= 0).count();
            return s.length() >= 4 && printable >= 0.9 * s.length() ? s : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
