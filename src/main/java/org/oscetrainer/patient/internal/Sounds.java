package org.oscetrainer.patient.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How a word sounds, for the spellings a reader sounds out ("noomonya", "apendisaitis", "bronkiolite"): a
 * phonetic key common to English and French, in the spirit of Soundex and Phonex. Letters that say the same
 * sound become one ("ph" f, "ck"/"qu"/"c" before a, o, u k, "c" before e, i, y s, "z" s, "ch"/"sh" one
 * sound), silent letters go ("h", the "p" of an initial "pn"/"ps", "gh"), doubled letters count once, and
 * every run of vowels (with "w" and "y") is one vowel. Two words sound alike when their keys are equal and
 * the key holds at least three consonants and six sounds: short keys meet by chance.
 */
final class Sounds {

    /** Term words shorter than this are not matched by sound (the fuzzy rules of {@link LeakCheck} cover them). */
    static final int MIN_TERM = 7;

    /** The keys of term words; a word with none ({@link #key} null) is kept as {@link #NO_KEY} (a map holds none). */
    private static final Map<String, String> TERM_KEYS = new ConcurrentHashMap<>();
    private static final String NO_KEY = new String("");
    /** The last reply word whose key was worked out on this thread, and its key ({@link #wordKey}). */
    private static final ThreadLocal<String[]> LAST_WORD = ThreadLocal.withInitial(() -> new String[2]);

    private Sounds() {
    }

    /** Whether reply word {@code word} sounds like term word {@code term}. */
    static boolean alike(String word, String term) {
        if (term.length() < MIN_TERM || word.length() < 5 || word.equals(term)) {
            return false;
        }
        String t = TERM_KEYS.get(term);
        if (t == null) {
            t = TERM_KEYS.size() > 20_000 ? key(term) : TERM_KEYS.computeIfAbsent(term, w -> {
                String k = key(w);
                return k == null ? NO_KEY : k;
            });
        }
        return t != NO_KEY && t != null && t.equals(wordKey(word));
    }

    /**
     * {@link #key} of a reply word, remembered for the last word on this thread: a new reply word is compared with
     * every word of a station's terms in turn ({@link TermWords}), and its key was worked out again for each
     * (perf23: 16 % of the guard's CPU on the design leak sets' replies). A function of the word alone: the same key.
     */
    private static String wordKey(String word) {
        String[] last = LAST_WORD.get();
        if (!word.equals(last[0])) {
            last[0] = word;
            last[1] = key(word);
        }
        return last[1];
    }

    /** The phonetic key of a folded word (a–z), or null when it is too short to tell anything. */
    static String key(String word) {
        String s = word;
        if (s.length() < 5) {
            return null;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 'a' || c > 'z') {
                return null; // a loop, not a stream: called for every new reply word (perf23)
            }
        }
        if (s.startsWith("pn") || s.startsWith("ps") || s.startsWith("pt") || s.startsWith("kn")
                || s.startsWith("gn") || s.startsWith("wr")) {
            s = s.substring(1);
        }
        s = s.replace("sch", "X").replace("ch", "X").replace("sh", "X").replace("ph", "f").replace("th", "t")
                .replace("ck", "k").replace("qu", "k").replace("q", "k").replace("x", "ks").replace("gh", "")
                .replace("dg", "j");
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char next = i + 1 < s.length() ? s.charAt(i + 1) : ' ';
            char sound = switch (c) {
                case 'a', 'e', 'i', 'o', 'u', 'y', 'w' -> 'V';
                case 'h' -> 0;
                case 'c' -> next == 'e' || next == 'i' || next == 'y' ? 's' : 'k';
                case 'z' -> 's';
                case 'g' -> next == 'e' || next == 'i' || next == 'y' ? 'j' : 'g';
                default -> c;
            };
            if (sound != 0 && (out.isEmpty() || out.charAt(out.length() - 1) != sound)) {
                out.append(sound);
            }
        }
        int consonants = 0;
        for (int i = 0; i < out.length(); i++) {
            if (out.charAt(i) != 'V') {
                consonants++;
            }
        }
        return consonants >= 3 && out.length() >= 6 ? out.toString() : null;
    }
}
