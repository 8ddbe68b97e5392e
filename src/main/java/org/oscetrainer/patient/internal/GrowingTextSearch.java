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
 * words. The texts are words separated by blanks ({@code " a b c "}). One per guarded question; thread-safe.
 */
final class GrowingTextSearch {

    /** More words than any match of the patterns searched spans, with what its lookarounds read. */
    static final int MARGIN_WORDS = 32;

    private final Map<String, String> notFoundIn = new HashMap<>();

    /**
     * The first match of {@code pattern} in {@code text} ({@code kind} names the text's kind: "plain", a reading's
     * name), or {@code null}: the same as {@code pattern.matcher(text).find()}.
     */
    Matcher find(String kind, int pattern, Pattern compiled, String text) {
        String key = kind + '#' + pattern;
        String before;
        synchronized (notFoundIn) {
            before = notFoundIn.get(key);
        }
        int from = before == null ? 0 : wordsBack(text, commonPrefix(before, text), MARGIN_WORDS);
        Matcher m = compiled.matcher(text);
        if (m.find(from)) {
            return m;
        }
        synchronized (notFoundIn) {
            notFoundIn.put(key, text);
        }
        return null;
    }

    private static int commonPrefix(String a, String b) {
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
