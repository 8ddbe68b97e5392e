package org.oscetrainer.patient.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Words of the hidden truth, of its organ or of its field that also have an everyday sense, and the words around them
 * that settle that sense ({@code patient/everyday-senses.txt}): "a stroke of luck", "stroke the cat", « les mots
 * croisés », « croiser les doigts », "a depression coming in off the Atlantic", « le calcul mental », "the appendix of
 * the report", "a fuel pump". A reader of such a sentence learns nothing of the diagnosis, so the checks that read words
 * ({@link LeakCheck}'s plain reading, {@link ScriptSupportCheck}, {@link HiddenField}) read the word as not said.
 *
 * <p>A word is read in its everyday sense when a word that settles it stands within {@value #WINDOW} words, in the same
 * sentence, and no other word of that sentence names a part of the body or a metaphor for one ({@link ClinicalWords}'
 * organs: heart, chest, rein, "the pipes"): "the drains are blocked" is everyday, "the drains of my heart are blocked"
 * is not. Only the plain words are read this way, never a disguise (letters, initials, reversed text), and a word that
 * holds a term in another reading more often than the plain text says it is still read there.
 */
final class EverydaySenses {

    static final EverydaySenses LIST = load();
    /** What stands in for a word read in its everyday sense: no term's word, no clinical entry. */
    static final String MASK = "~";
    static final int WINDOW = 6;

    private record Sense(String head, List<String> cues) {
    }

    /** The senses by the first three letters of their head. */
    private final Map<String, List<Sense>> byStart = new HashMap<>();

    private EverydaySenses() {
    }

    /**
     * {@code words} (folded, as {@link Disguises#tokens} cuts them) with each word said in an everyday sense replaced by
     * {@link #MASK}; the same list when none is. {@code sentence[i]} is the sentence of the {@code i}-th word (null: one
     * sentence, as {@link ScriptSupportCheck#sentenceOfWord} gives it).
     */
    List<String> mask(List<String> words, int[] sentence) {
        boolean[] settled = null;
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (w.length() < 4) {
                continue;
            }
            List<Sense> senses = byStart.get(w.substring(0, 3));
            if (senses == null) {
                continue;
            }
            for (Sense sense : senses) {
                if (w.startsWith(sense.head()) && settled(words, sentence, i, sense)) {
                    if (settled == null) {
                        settled = new boolean[words.size()];
                    }
                    settled[i] = true;
                    break;
                }
            }
        }
        if (settled == null) {
            return words;
        }
        // then the body test, without the words read in their everyday sense ("pump up the bike tyre, the valve…")
        List<String> out = new ArrayList<>(words);
        boolean any = false;
        for (int i = 0; i < words.size(); i++) {
            if (settled[i] && !bodyNear(words, sentence, i, settled)) {
                out.set(i, MASK);
                any = true;
            }
        }
        return any ? out : words;
    }

    /** {@link #mask} of words in one string, separated by single spaces (one sentence). */
    String mask(String words) {
        if (words.isEmpty()) {
            return words;
        }
        List<String> list = List.of(words.split(" "));
        List<String> masked = mask(list, null);
        return masked == list ? words : String.join(" ", masked);
    }

    /**
     * Words that set the everyday sense against the other one ("my own depression, not the economic one", "delirious
     * minus the joy"): a pun, never read as everyday.
     */
    private static final java.util.Set<String> CONTRASTS = java.util.Set.of("not", "minus", "except", "sauf", "hormis",
            "moins");

    private static boolean settled(List<String> words, int[] sentence, int at, Sense sense) {
        int from = Math.max(0, at - WINDOW);
        int to = Math.min(words.size() - 1, at + WINDOW);
        for (int k = from; k <= to; k++) {
            if (CONTRASTS.contains(words.get(k)) && same(sentence, at, k)) {
                return false;
            }
        }
        for (int k = from; k <= to; k++) {
            if (k == at || !same(sentence, at, k)) {
                continue;
            }
            String w = words.get(k);
            for (String cue : sense.cues()) {
                if (w.equals(cue) || cue.length() >= 4 && w.startsWith(cue)) {
                    return !contrasted(words, k);
                }
            }
        }
        return false;
    }

    /** Whether the cue at {@code at} comes again elsewhere in the reply with a contrast before it ("… minus the joy"). */
    private static boolean contrasted(List<String> words, int at) {
        for (int j = 0; j < words.size(); j++) {
            if (j != at && words.get(j).equals(words.get(at))) {
                for (int k = Math.max(0, j - 3); k < j; k++) {
                    if (CONTRASTS.contains(words.get(k))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Whether another word of the sentence of the {@code at}-th word, not itself read in an everyday sense, names a part
     * of the body (or a metaphor for one).
     */
    private static boolean bodyNear(List<String> words, int[] sentence, int at, boolean[] settled) {
        List<String> others = new ArrayList<>();
        for (int k = 0; k < words.size(); k++) {
            if (k != at && !settled[k] && same(sentence, at, k)) {
                others.add(words.get(k));
            }
        }
        return !ClinicalWords.LIST.said(others).organs().isEmpty();
    }

    private static boolean same(int[] sentence, int a, int b) {
        return sentence == null || sentence[a] == sentence[b];
    }

    private static EverydaySenses load() {
        EverydaySenses list = new EverydaySenses();
        SectionedList.read("/patient/everyday-senses.txt", (section, line) -> {
            String[] parts = line.split("\\|");
            if (parts.length != 2) {
                throw new IllegalStateException("everyday-senses.txt: 'heads | cues' expected: " + line);
            }
            List<String> cues = List.of(parts[1].strip().split("\\s+"));
            for (String head : parts[0].strip().split("\\s+")) {
                if (head.length() < 4) {
                    throw new IllegalStateException("everyday-senses.txt: a head of 4 letters or more: " + head);
                }
                list.byStart.computeIfAbsent(head.substring(0, 3), k -> new ArrayList<>()).add(new Sense(head, cues));
            }
        });
        return list;
    }
}
