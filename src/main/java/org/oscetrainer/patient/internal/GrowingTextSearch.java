package org.oscetrainer.patient.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Looks for patterns in a text that grows (a reply streamed and checked every few words) without reading it all
 * again each time: for each kind of text and pattern, the last text in which the pattern was not found is kept, and
 * in the next one only what lies after their common beginning, less {@value #MARGIN_WORDS} words, is searched. The
 * result is the same as a search of the whole text as long as no match of the pattern, with what its lookarounds
 * read, spans more than {@value #MARGIN_WORDS} words: a match that began earlier would have lain, with all it reads,
 * in the common beginning, and been found in the last text already. So only for patterns of a bounded number of words
 * (alternatives of words, {@code \w+}, bounded repeats); not for ones with {@code *}, {@code +} or {@code {n,}} over
 * words. Where the pattern shows a smaller bound ({@link MatchBlanks#of}), only that many words are read again.
 * The texts are words separated by blanks ({@code " a b c "}). One per guarded question; thread-safe.
 */
final class GrowingTextSearch {

    /** More words than any match of the patterns searched spans, with what its lookarounds read. */
    static final int MARGIN_WORDS = 32;

    private final Map<String, String> notFoundIn = new HashMap<>();
    /** The text searched last, and its common beginning with the texts searched before it (each worked out once). */
    private String current;
    private final Map<String, Integer> commonWithCurrent = new java.util.IdentityHashMap<>();

    /**
     * The first match of {@code pattern} in {@code text} ({@code kind} names the text's kind: "plain", a reading's
     * name), or {@code null}: the same as {@code pattern.matcher(text).find()}.
     */
    Matcher find(String kind, int pattern, Pattern compiled, String text) {
        int bound = MatchBlanks.of(compiled);
        return find(kind + '#' + pattern, compiled, text, bound < 0 ? MARGIN_WORDS : Math.min(MARGIN_WORDS, bound + 1));
    }

    /**
     * The first match of {@code compiled} in {@code text}, as {@link #find}, for a pattern of any kind: searched around
     * what is new when {@link MatchBlanks#of} shows how many words a match of it spans at most, in the whole text
     * otherwise (a pattern of a word list someone edits may not be bounded).
     */
    Matcher findAny(String kind, int pattern, Pattern compiled, String text) {
        int bound = MatchBlanks.of(compiled);
        if (bound < 0) {
            Matcher m = compiled.matcher(text);
            return m.find() ? m : null;
        }
        return find(kind + '#' + pattern, compiled, text, bound + 1);
    }

    /** Per kind of text, the last text in which each word of {@link #holdWords} was not found. */
    private final Map<String, String[]> wordsNotFoundIn = new HashMap<>();

    /**
     * Which of {@code words} (none with a blank or a bar) are tokens of {@code text} cut at blanks and bars: the same as
     * look-ups in {@code text.replace("|", " ").strip().split(" +")}, each read only around what is new when the last
     * text of the kind did not hold it. Always called with the same words for a kind.
     */
    boolean[] holdWords(String kind, String[] words, String text) {
        boolean[] held = new boolean[words.length];
        synchronized (notFoundIn) {
            String[] before = wordsNotFoundIn.computeIfAbsent(kind, k -> new String[words.length]);
            for (int w = 0; w < words.length; w++) {
                String word = words[w];
                int from = before[w] == null ? 0 : Math.max(0, commonPrefix(before[w], text) - word.length() - 1);
                for (int i = text.indexOf(word, from); i >= 0 && !held[w]; i = text.indexOf(word, i + 1)) {
                    int end = i + word.length();
                    held[w] = (i == 0 || separates(text.charAt(i - 1)))
                            && (end == text.length() || separates(text.charAt(end)));
                }
                if (!held[w]) {
                    before[w] = text;
                }
            }
        }
        return held;
    }

    private static boolean separates(char c) {
        return c == ' ' || c == '|';
    }

    private Matcher find(String key, Pattern compiled, String text, int margin) {
        int from;
        synchronized (notFoundIn) {
            String before = notFoundIn.get(key);
            from = before == null ? 0 : wordsBack(text, commonPrefix(before, text), margin);
        }
        Matcher m = compiled.matcher(text);
        if (m.find(from)) {
            return m;
        }
        synchronized (notFoundIn) {
            notFoundIn.put(key, text);
        }
        return null;
    }

    /** {@link #commonPrefix(String, String)}, remembered for the text searched now (called under the lock). */
    private int commonPrefix(String before, String text) {
        if (text != current) {
            current = text;
            commonWithCurrent.clear();
        }
        Integer known = commonWithCurrent.get(before);
        if (known == null) {
            known = commonPrefixOf(before, text);
            commonWithCurrent.put(before, known);
        }
        return known;
    }

    private static int commonPrefixOf(String a, String b) {
        int n = Math.min(a.length(), b.length());
        int i = 0;
        while (i < n && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i;
    }

    /** The position {@code words} blanks before {@code at} in {@code text} (0 when there are not so many). */
    static int wordsBack(String text, int at, int words) {
        int blanks = 0;
        for (int i = Math.min(at, text.length()) - 1; i >= 0; i--) {
            if (text.charAt(i) == ' ' && ++blanks > words) {
                return i;
            }
        }
        return 0;
    }
}
