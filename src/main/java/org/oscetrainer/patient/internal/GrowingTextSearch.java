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
 * Before the expression runs, the strings every match of it holds ({@link RequiredText#of}) are looked for in what
 * is to be searched: most checks find none of them, and a search that cannot match is not run.
 * The texts are words separated by blanks ({@code " a b c "}). One per guarded question; thread-safe.
 */
final class GrowingTextSearch {

    /** More words than any match of the patterns searched spans, with what its lookarounds read. */
    static final int MARGIN_WORDS = 32;

    /** Per kind of text, per pattern: the last text in which it was not found, and its bound (worked out once). */
    private final Map<String, Slot[]> notFoundIn = new HashMap<>();

    /** One pattern of one kind of text. */
    private static final class Slot {
        /** {@link MatchBlanks#of} the pattern. */
        final int bound;
        /** {@link RequiredText#of} the pattern: a match holds one of these (null: nothing known). */
        final String[] required;
        /** The longest of {@link #required} (0 when nothing is known). */
        final int longestRequired;
        String notFoundIn;
        /** For a pattern searched in the whole text: the last text that held none of {@link #required}. */
        String heldNoneIn;

        Slot(Read read) {
            this.bound = read.bound();
            this.required = read.required();
            int longest = 0;
            if (required != null) {
                for (String r : required) {
                    longest = Math.max(longest, r.length());
                }
            }
            this.longestRequired = longest;
        }

        /** Whether a match of the pattern may start at or after {@code from} in {@code text}. */
        boolean mayHold(String text, int from) {
            return required == null || RequiredText.holdsAny(required, text, from);
        }
    }
    /** What is read from a pattern once for all questions: {@link MatchBlanks#of} and {@link RequiredText#of}. */
    private record Read(int bound, String[] required) {
    }

    /** By pattern (the same object: patterns are made once per station or for good). */
    private static final Map<Pattern, Read> READ = new java.util.concurrent.ConcurrentHashMap<>();

    private static Read read(Pattern compiled) {
        Read read = READ.get(compiled);
        if (read == null) {
            if (READ.size() > 50_000) {
                READ.clear(); // patterns made per station: bounded, but never kept without end
            }
            read = new Read(MatchBlanks.of(compiled), RequiredText.of(compiled));
            READ.put(compiled, read);
        }
        return read;
    }

    /** The text searched last, and its common beginning with the texts searched before it (each worked out once). */
    private String current;
    private final Map<String, Integer> commonWithCurrent = new java.util.IdentityHashMap<>();

    /**
     * The first match of {@code pattern} in {@code text} ({@code kind} names the text's kind: "plain", a reading's
     * name), or {@code null}: the same as {@code pattern.matcher(text).find()}.
     */
    Matcher find(String kind, int pattern, Pattern compiled, String text) {
        synchronized (notFoundIn) {
            Slot slot = slot(kind, pattern, compiled);
            int bound = slot.bound;
            return find(slot, compiled, text, bound < 0 ? MARGIN_WORDS : Math.min(MARGIN_WORDS, bound + 1));
        }
    }

    /** The slot of the {@code pattern}-th pattern of {@code kind} (called under the lock). */
    private Slot slot(String kind, int pattern, Pattern compiled) {
        Slot[] slots = notFoundIn.get(kind);
        if (slots == null || slots.length <= pattern) {
            Slot[] grown = new Slot[Math.max(pattern + 1, slots == null ? 8 : slots.length * 2)];
            if (slots != null) {
                System.arraycopy(slots, 0, grown, 0, slots.length);
            }
            slots = grown;
            notFoundIn.put(kind, slots);
        }
        Slot slot = slots[pattern];
        if (slot == null) {
            slot = new Slot(read(compiled));
            slots[pattern] = slot;
        }
        return slot;
    }

    /**
     * The first match of {@code compiled} in {@code text}, as {@link #find}, for a pattern of any kind: searched around
     * what is new when {@link MatchBlanks#of} shows how many words a match of it spans at most, in the whole text
     * otherwise (a pattern of a word list someone edits may not be bounded).
     */
    Matcher findAny(String kind, int pattern, Pattern compiled, String text) {
        Slot slot;
        synchronized (notFoundIn) {
            slot = slot(kind, pattern, compiled);
        }
        if (slot.bound < 0) {
            synchronized (notFoundIn) {
                // none of the required strings was in the last text: one now ends after the common beginning
                int from = slot.heldNoneIn == null ? 0
                        : Math.max(0, commonPrefix(slot.heldNoneIn, text) - slot.longestRequired + 1);
                if (!slot.mayHold(text, from)) {
                    slot.heldNoneIn = text;
                    return null;
                }
            }
            Matcher m = compiled.matcher(text);
            return m.find() ? m : null;
        }
        synchronized (notFoundIn) {
            return find(slot, compiled, text, slot.bound + 1);
        }
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

    /** Called under the lock (the search too: one reply's checks run one at a time, so it is never contended). */
    private Matcher find(Slot slot, Pattern compiled, String text, int margin) {
        String before = slot.notFoundIn;
        int from = before == null ? 0 : wordsBack(text, commonPrefix(before, text), margin);
        if (!slot.mayHold(text, from)) {
            slot.notFoundIn = text;
            return null;
        }
        Matcher m = compiled.matcher(text);
        if (m.find(from)) {
            return m;
        }
        slot.notFoundIn = text;
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
