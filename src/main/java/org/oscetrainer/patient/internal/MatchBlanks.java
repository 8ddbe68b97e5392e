package org.oscetrainer.patient.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * How many blanks a match of a regular expression can hold at most, read from the pattern itself: how far back
 * {@link GrowingTextSearch} must read again, around what is new in a growing text, to find what a search of the whole
 * text finds. Worked out once per pattern.
 */
final class MatchBlanks {

    private MatchBlanks() {
    }

    private static final Map<String, Integer> BLANKS = new ConcurrentHashMap<>();

    /**
     * The most blanks a match of {@code pattern}, with what its lookarounds read, may hold, read from the pattern; -1
     * when there is no such bound or the pattern is not understood here. A sequence adds up its parts' blanks,
     * alternatives take the most, {@code ?} keeps and {@code {m,n}} multiplies by n; a space, a dot, a negated class or
     * one that holds a space, {@code \s}, {@code \W}, {@code \S}, {@code \D} and the like count one blank each, a
     * word boundary one (it reads the character beside it), a negative lookaround one more than it holds (the character
     * where it fails); {@code *}, {@code +} or {@code {n,}} on anything that may match a blank make it unbounded.
     */
    static int of(Pattern pattern) {
        return BLANKS.computeIfAbsent(pattern.pattern(), source -> {
            try {
                int[] at = {0};
                int blanks = blanks(source, at);
                return at[0] == source.length() && blanks < UNBOUNDED ? blanks : -1;
            } catch (RuntimeException e) {
                return -1;
            }
        });
    }

    private static final int UNBOUNDED = 1_000_000;

    /** The most blanks a match of the alternatives from {@code at[0]} (up to a closing bracket or the end) holds. */
    private static int blanks(String s, int[] at) {
        int most = 0;
        int sequence = 0;
        while (at[0] < s.length()) {
            char c = s.charAt(at[0]);
            if (c == ')') {
                break;
            }
            if (c == '|') {
                most = Math.max(most, sequence);
                sequence = 0;
                at[0]++;
                continue;
            }
            int atom = atom(s, at);
            sequence = Math.min(UNBOUNDED, sequence + quantified(s, at, atom));
        }
        return Math.max(most, sequence);
    }

    /** The most blanks one atom from {@code at[0]} matches (a group, a class, an escape, a character). */
    private static int atom(String s, int[] at) {
        char c = s.charAt(at[0]);
        if (c == '(') {
            at[0]++;
            int fails = 0;
            if (s.startsWith("?", at[0])) {
                at[0]++;
                if (s.startsWith("<=", at[0]) || s.startsWith("<!", at[0])) {
                    fails = s.charAt(at[0] + 1) == '!' ? 1 : 0;
                    at[0] += 2;
                } else if (at[0] < s.length() && (s.charAt(at[0]) == ':' || s.charAt(at[0]) == '=' || s.charAt(at[0]) == '!')) {
                    fails = s.charAt(at[0]) == '!' ? 1 : 0;
                    at[0]++;
                } else {
                    while (at[0] < s.length() && (Character.isLetter(s.charAt(at[0])) || s.charAt(at[0]) == '-')) {
                        at[0]++; // inline flags: (?i) or (?i:
                    }
                    if (at[0] < s.length() && s.charAt(at[0]) == ')') {
                        at[0]++;
                        return 0;
                    }
                    if (at[0] >= s.length() || s.charAt(at[0]) != ':') {
                        throw new IllegalArgumentException("group");
                    }
                    at[0]++;
                }
            }
            int inside = blanks(s, at);
            if (at[0] >= s.length() || s.charAt(at[0]) != ')') {
                throw new IllegalArgumentException("bracket");
            }
            at[0]++;
            return Math.min(UNBOUNDED, inside + fails);
        }
        if (c == '[') {
            int end = classEnd(s, at[0]);
            String cls = s.substring(at[0], end);
            at[0] = end;
            return cls.startsWith("[^") || cls.contains(" ") || blankEscape(cls) ? 1 : 0;
        }
        if (c == '\\') {
            if (at[0] + 1 >= s.length()) {
                throw new IllegalArgumentException("escape");
            }
            char e = s.charAt(at[0] + 1);
            at[0] += 2;
            if (e == 'Q') { // a quoted literal (Pattern.quote)
                int end = s.indexOf("\\E", at[0]);
                String literal = s.substring(at[0], end < 0 ? s.length() : end);
                at[0] = end < 0 ? s.length() : end + 2;
                return (int) literal.chars().filter(ch -> ch == ' ').count();
            }
            if (e == 'p' || e == 'P') {
                if (at[0] < s.length() && s.charAt(at[0]) == '{') {
                    at[0] = s.indexOf('}', at[0]) + 1;
                    if (at[0] == 0) {
                        throw new IllegalArgumentException("property");
                    }
                } else {
                    at[0]++;
                }
                return e == 'P' ? 1 : 0;
            }
            if ("wd".indexOf(e) >= 0 || !Character.isLetterOrDigit(e) && e != ' ') {
                return 0; // a word character, a digit, or an escaped sign that is no blank
            }
            if (e == ' ' || "bBsWSDhHvVRX".indexOf(e) >= 0) {
                return 1;
            }
            throw new IllegalArgumentException("escape " + e);
        }
        if (c == '^' || c == '$') {
            at[0]++;
            return 0;
        }
        if ("*+?{".indexOf(c) >= 0) {
            throw new IllegalArgumentException("quantifier");
        }
        at[0]++;
        return c == ' ' || c == '.' ? 1 : 0;
    }

    /** Whether a character class holds an escape that may match a blank. */
    private static boolean blankEscape(String cls) {
        for (int i = 0; i + 1 < cls.length(); i++) {
            if (cls.charAt(i) == '\\') {
                char e = cls.charAt(i + 1);
                if (e == ' ' || "sWSDhHvVRXPQ".indexOf(e) >= 0) {
                    return true;
                }
                i++;
            } else if (cls.charAt(i) == '[' && i > 0 || cls.charAt(i) == '&') {
                return true; // a nested class or an intersection: not read here
            }
        }
        return false;
    }

    /** The index just past the character class that starts at {@code from}. */
    private static int classEnd(String s, int from) {
        int i = from + 1;
        if (i < s.length() && s.charAt(i) == '^') {
            i++;
        }
        if (i < s.length() && s.charAt(i) == ']') {
            i++;
        }
        while (i < s.length() && s.charAt(i) != ']') {
            if (s.charAt(i) == '\\') {
                i++;
            } else if (s.charAt(i) == '[') {
                throw new IllegalArgumentException("nested class");
            }
            i++;
        }
        if (i >= s.length()) {
            throw new IllegalArgumentException("class");
        }
        return i + 1;
    }

    /** {@code atom} blanks under the quantifier at {@code at[0]}, if any (which is read). */
    private static int quantified(String s, int[] at, int atom) {
        if (at[0] >= s.length()) {
            return atom;
        }
        char q = s.charAt(at[0]);
        int times;
        if (q == '?') {
            times = 1;
            at[0]++;
        } else if (q == '*' || q == '+') {
            times = UNBOUNDED;
            at[0]++;
        } else if (q == '{') {
            int close = s.indexOf('}', at[0]);
            if (close < 0) {
                throw new IllegalArgumentException("repeat");
            }
            String[] range = s.substring(at[0] + 1, close).split(",", -1);
            String most = range[range.length - 1].strip();
            times = most.isEmpty() ? UNBOUNDED : Integer.parseInt(most);
            at[0] = close + 1;
        } else {
            return atom;
        }
        if (at[0] < s.length() && (s.charAt(at[0]) == '?' || s.charAt(at[0]) == '+')) {
            at[0]++; // lazy or possessive
        }
        return atom == 0 ? 0 : (int) Math.min(UNBOUNDED, (long) atom * times);
    }

}
