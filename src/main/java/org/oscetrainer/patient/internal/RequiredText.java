package org.oscetrainer.patient.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What every match of a regular expression holds, read from the pattern itself: a few literal strings of which each
 * match (the text it consumes) contains at least one ({@code " stepping out of "}, or one of {@code "step", "come",
 * "break"} for an alternative of words). A text that holds none of them, from where a search starts, holds no match:
 * {@link GrowingTextSearch} looks for them with {@link String#indexOf} before it runs the expression, and runs it only
 * where one is there. Worked out once per pattern; {@code null} when the pattern holds nothing so plain (inline flags,
 * escapes that stand for letters, back references: nothing is claimed for what is not understood here).
 */
final class RequiredText {

    /** Shorter strings are found everywhere: not worth a look. */
    private static final int SHORTEST = 3;

    private RequiredText() {
    }

    /**
     * Strings of which every match of {@code pattern} contains at least one (none contains another), or {@code null}
     * when none is known.
     */
    static String[] of(Pattern pattern) {
        if (pattern.flags() != 0) {
            return null;
        }
        String s = pattern.pattern();
        try {
            int[] at = {0};
            List<String[]> alternatives = alternatives(s, at);
            if (at[0] != s.length() || alternatives == null) {
                return null;
            }
            String[] any = union(alternatives);
            return any == null || shortest(any) < SHORTEST ? null : minimal(any);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The requirement of each alternative from {@code at[0]} up to a closing bracket or the end; null if one has none. */
    private static List<String[]> alternatives(String s, int[] at) {
        List<String[]> each = new ArrayList<>();
        boolean known = true;
        while (true) {
            String[] one = sequence(s, at);
            known &= one != null;
            each.add(one);
            if (at[0] < s.length() && s.charAt(at[0]) == '|') {
                at[0]++;
                continue;
            }
            break;
        }
        return known ? each : null;
    }

    /** The strings of all the alternatives' requirements together (a match holds one of them). */
    private static String[] union(List<String[]> alternatives) {
        List<String> all = new ArrayList<>();
        for (String[] one : alternatives) {
            if (one == null) {
                return null;
            }
            all.addAll(Arrays.asList(one));
        }
        return all.toArray(String[]::new);
    }

    /**
     * The best requirement of one sequence of atoms from {@code at[0]} (up to {@code |}, {@code )} or the end): the
     * longest run of plain characters, or a group every match passes through; {@code null} when there is none.
     */
    private static String[] sequence(String s, int[] at) {
        List<String[]> found = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        while (at[0] < s.length()) {
            char c = s.charAt(at[0]);
            if (c == '|' || c == ')') {
                break;
            }
            if (c == '(') {
                close(run, found);
                String[] group = group(s, at);
                if (!optional(s, at) && group != null) {
                    found.add(group);
                }
            } else if (c == '[') {
                close(run, found);
                at[0] = classEnd(s, at[0]);
                optional(s, at);
            } else if (c == '\\') {
                close(run, found);
                escape(s, at);
                optional(s, at);
            } else if (c == '.' || c == '^' || c == '$') {
                close(run, found);
                at[0]++;
                optional(s, at);
            } else if ("*+?{}]".indexOf(c) >= 0) {
                throw new IllegalArgumentException("quantifier without an atom");
            } else {
                at[0]++;
                if (at[0] < s.length() && "*+?{".indexOf(s.charAt(at[0])) >= 0) {
                    close(run, found); // a quantified character is not plain text: the run ends before it
                    optional(s, at);
                } else {
                    run.append(c);
                }
            }
        }
        close(run, found);
        String[] best = null;
        for (String[] f : found) {
            if (best == null || better(f, best)) {
                best = f;
            }
        }
        return best;
    }

    private static boolean better(String[] a, String[] b) {
        int sa = shortest(a);
        int sb = shortest(b);
        return sa != sb ? sa > sb : a.length < b.length;
    }

    private static int shortest(String[] any) {
        int n = Integer.MAX_VALUE;
        for (String x : any) {
            n = Math.min(n, x.length());
        }
        return n;
    }

    private static void close(StringBuilder run, List<String[]> found) {
        if (!run.isEmpty()) {
            found.add(new String[] {run.toString()});
            run.setLength(0);
        }
    }

    /** The requirement of the group at {@code at[0]} (read past its closing bracket); null for a lookaround. */
    private static String[] group(String s, int[] at) {
        at[0]++;
        boolean consumed = true;
        if (s.startsWith("?", at[0])) {
            at[0]++;
            if (s.startsWith(":", at[0]) || s.startsWith(">", at[0])) {
                at[0]++;
            } else if (s.startsWith("=", at[0]) || s.startsWith("!", at[0])) {
                at[0]++;
                consumed = false;
            } else if (s.startsWith("<=", at[0]) || s.startsWith("<!", at[0])) {
                at[0] += 2;
                consumed = false;
            } else if (s.startsWith("<", at[0])) {
                int close = s.indexOf('>', at[0]);
                if (close < 0) {
                    throw new IllegalArgumentException("group name");
                }
                at[0] = close + 1;
            } else {
                throw new IllegalArgumentException("inline flags"); // (?i) and the like: not read here
            }
        }
        List<String[]> inside = alternatives(s, at);
        if (at[0] >= s.length() || s.charAt(at[0]) != ')') {
            throw new IllegalArgumentException("bracket");
        }
        at[0]++;
        return consumed && inside != null ? union(inside) : null;
    }

    /** Reads the escape at {@code at[0]}: only those that stand for a class of characters, a boundary or a sign. */
    private static void escape(String s, int[] at) {
        if (at[0] + 1 >= s.length()) {
            throw new IllegalArgumentException("escape");
        }
        char e = s.charAt(at[0] + 1);
        if (!Character.isLetterOrDigit(e) || "bBwWsSdDhHvVRXAzZG".indexOf(e) >= 0) {
            at[0] += 2;
            return;
        }
        if (e == 'p' || e == 'P') {
            at[0] += 2;
            if (at[0] < s.length() && s.charAt(at[0]) == '{') {
                int close = s.indexOf('}', at[0]);
                if (close < 0) {
                    throw new IllegalArgumentException("property");
                }
                at[0] = close + 1;
            } else {
                at[0]++;
            }
            return;
        }
        throw new IllegalArgumentException("escape " + e); // \Q, \x41, \1, \k<name>…: not read here
    }

    /**
     * Reads the quantifier at {@code at[0]}, if any; whether it lets the atom before it be absent ({@code ?},
     * {@code *}, {@code {0,n}}).
     */
    private static boolean optional(String s, int[] at) {
        if (at[0] >= s.length()) {
            return false;
        }
        char q = s.charAt(at[0]);
        boolean optional;
        if (q == '?' || q == '*') {
            optional = true;
            at[0]++;
        } else if (q == '+') {
            optional = false;
            at[0]++;
        } else if (q == '{') {
            int close = s.indexOf('}', at[0]);
            if (close < 0) {
                throw new IllegalArgumentException("repeat");
            }
            String least = s.substring(at[0] + 1, close).split(",", -1)[0].strip();
            optional = Integer.parseInt(least) == 0;
            at[0] = close + 1;
        } else {
            return false;
        }
        if (at[0] < s.length() && (s.charAt(at[0]) == '?' || s.charAt(at[0]) == '+')) {
            at[0]++; // lazy or possessive
        }
        return optional;
    }

    /** The index just past the character class that starts at {@code from} (nested classes counted). */
    private static int classEnd(String s, int from) {
        int depth = 0;
        int i = from;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\\') {
                i += 2;
                continue;
            }
            if (c == '[') {
                depth++;
                i++;
                if (i < s.length() && s.charAt(i) == '^') {
                    i++;
                }
                if (i < s.length() && s.charAt(i) == ']') {
                    i++; // a closing bracket first in a class is one of its characters
                }
                continue;
            }
            if (c == ']' && --depth == 0) {
                return i + 1;
            }
            i++;
        }
        throw new IllegalArgumentException("class");
    }

    /** {@code any} without the strings that contain another of them (finding the shorter one is enough). */
    private static String[] minimal(String[] any) {
        String[] sorted = Arrays.stream(any).distinct().sorted(Comparator.comparingInt(String::length)).toArray(String[]::new);
        List<String> kept = new ArrayList<>();
        for (String x : sorted) {
            if (kept.stream().noneMatch(x::contains)) {
                kept.add(x);
            }
        }
        return kept.toArray(String[]::new);
    }

    /** Whether {@code text} holds one of {@code any} at or after {@code from}. */
    static boolean holdsAny(String[] any, String text, int from) {
        for (String x : any) {
            if (text.indexOf(x, from) >= 0) {
                return true;
            }
        }
        return false;
    }
}
