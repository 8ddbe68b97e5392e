package org.oscetrainer.patient.internal;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The clinical content a reader learns from ({@code patient/beyond-script.txt}, station-independent): names of
 * conditions, signature tests, treatments, procedures and specialists, euphemisms, word games (telling on their
 * own), and an organ said within a few words of what went wrong with it ("the pipes of my lungs are blocked",
 * "mon coeur lâche"). Read from folded words; which entries a text says is what {@link ScriptSupportCheck}
 * compares with what the station's script and the conversation say.
 */
final class ClinicalWords {

    /** How far (in words) an organ and what went wrong with it may be apart. */
    private static final int NEAR = 4;

    static final ClinicalWords LIST = load();

    /** One entry: its words, each a whole word or (ending in {@code *}) the start of one. */
    private record Entry(int id, String[] words, boolean[] prefix, String text) {

        boolean says(String word, int k) {
            String w = words[k];
            return prefix[k] ? word.startsWith(w) : word.equals(w) || word.length() == w.length() + 1
                    && word.startsWith(w) && (word.endsWith("s") || word.endsWith("x"));
        }
    }

    /** One section of the list, indexed by the first word of its entries. */
    private static final class Section {

        private final List<Entry> entries = new ArrayList<>();
        private final Map<String, List<Entry>> whole = new HashMap<>();
        /** The entries whose first word is the start of a word, by that start's letters: one walk per word. */
        private final Starts starts = new Starts();

        void add(String line) {
            for (String item : line.strip().split("\\s+")) {
                List<String> words = new ArrayList<>();
                for (String w : item.replace('_', ' ').split("[^a-z0-9*]+")) {
                    if (!w.isEmpty()) {
                        words.add(w);
                    }
                }
                if (words.isEmpty()) {
                    continue;
                }
                MarkedWords marked = MarkedWords.of(words);
                String[] ws = marked.words();
                boolean[] prefix = marked.prefix();
                Entry e = new Entry(entries.size(), ws, prefix, item.replace('_', ' '));
                entries.add(e);
                if (prefix[0]) {
                    starts.add(ws[0], e);
                } else {
                    whole.computeIfAbsent(ws[0], k -> new ArrayList<>()).add(e);
                }
            }
        }

        /** The entries said at the {@code i}-th word of {@code words}. */
        void at(List<String> words, int i, List<Entry> out) {
            String w = words.get(i);
            candidates(whole.get(w), words, i, out);
            if (w.length() > 1 && (w.endsWith("s") || w.endsWith("x"))) {
                candidates(whole.get(w.substring(0, w.length() - 1)), words, i, out);
            }
            // the entries of each start of w of two letters or more, shortest first (was: a look-up per start)
            Starts node = starts;
            for (int k = 1; k <= w.length() && node != null; k++) {
                node = node.next(w.charAt(k - 1));
                if (node != null && k >= 2) {
                    candidates(node.entries, words, i, out);
                }
            }
        }

        private static void candidates(List<Entry> entries, List<String> words, int i, List<Entry> out) {
            if (entries == null) {
                return;
            }
            for (Entry e : entries) {
                if (i + e.words().length > words.size()) {
                    continue;
                }
                boolean all = true;
                for (int k = 0; k < e.words().length && all; k++) {
                    all = e.says(words.get(i + k), k);
                }
                if (all) {
                    out.add(e);
                }
            }
        }
    }

    /** A tree of the starts of words by their letters; each node holds the entries of the start it spells. */
    private static final class Starts {

        private final Map<Character, Starts> next = new HashMap<>();
        private List<Entry> entries;

        void add(String start, Entry e) {
            Starts node = this;
            for (int k = 0; k < start.length(); k++) {
                node = node.next.computeIfAbsent(start.charAt(k), c -> new Starts());
            }
            if (node.entries == null) {
                node.entries = new ArrayList<>();
            }
            node.entries.add(e);
        }

        Starts next(char c) {
            return next.isEmpty() ? null : next.get(c);
        }
    }

    /** What a text says: the telling entries, the organs and the harms (by id), and each organ next to a harm {organ, harm}. */
    record Said(BitSet telling, BitSet organs, BitSet harms, List<int[]> pairs) {
    }

    private final Section telling = new Section();
    private final Section organs = new Section();
    private final Section harms = new Section();
    private final Set<String> everydayNames = new HashSet<>();

    private ClinicalWords() {
    }

    /** What {@code words} (folded, as {@link Disguises#tokens} cuts them) say, read as one sentence. */
    Said said(List<String> words) {
        return said(words, null);
    }

    /**
     * What {@code words} say, where {@code sentence[i]} is the sentence of the {@code i}-th word (null: one
     * sentence): an organ and what went wrong with it make a pair only within one sentence.
     */
    Said said(List<String> words, int[] sentence) {
        BitSet t = new BitSet();
        BitSet o = new BitSet();
        BitSet h = new BitSet();
        List<int[]> organAt = new ArrayList<>();
        List<int[]> harmAt = new ArrayList<>();
        List<Entry> hits = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            hits.clear();
            telling.at(words, i, hits);
            for (Entry e : hits) {
                t.set(e.id());
            }
            hits.clear();
            organs.at(words, i, hits);
            for (Entry e : hits) {
                o.set(e.id());
                organAt.add(new int[] {e.id(), i});
            }
            hits.clear();
            harms.at(words, i, hits);
            for (Entry e : hits) {
                h.set(e.id());
                harmAt.add(new int[] {e.id(), i});
            }
        }
        List<int[]> pairs = new ArrayList<>();
        int[] starts = sentence == null ? null : sentenceStarts(sentence);
        BitSet guessed = sentence == null ? null : Guesses.sentences(words, sentence);
        for (int[] organ : organAt) {
            for (int[] harm : harmAt) {
                if (Math.abs(organ[1] - harm[1]) <= NEAR && organ[1] != harm[1]
                        && (sentence == null || sentence[organ[1]] == sentence[harm[1]])
                        || sentence != null && splitPair(sentence, starts, organ[1], harm[1])
                        || guessed != null && Guesses.pair(sentence, guessed, organ[1], harm[1])) {
                    pairs.add(new int[] {organ[0], harm[0]});
                }
            }
        }
        return new Said(t, o, h, pairs);
    }

    /** How many words a sentence that only names an organ may have ("The right kidney.", "Ma tension, d'abord."). */
    private static final int FRAGMENT = 5;
    /** How far into the next sentence what went wrong with it may come ("It is infected", "Elle dégringole"). */
    private static final int OPENING = 4;

    /**
     * An organ named in a sentence of its own, a fragment of a few words, and what went wrong with it at the start of
     * the next one: "The right kidney. It is infected." A reader joins them as they join "my right kidney is infected".
     */
    private static boolean splitPair(int[] sentence, int[] starts, int organ, int harm) {
        int s = sentence[organ];
        if (sentence[harm] != s + 1) {
            return false;
        }
        int length = starts[s + 1] - starts[s];
        return length <= FRAGMENT && harm - starts[s + 1] < OPENING;
    }

    /** The index of each sentence's first word ({@code starts[s]}), one more for the end. */
    private static int[] sentenceStarts(int[] sentence) {
        int n = sentence.length == 0 ? 0 : sentence[sentence.length - 1] + 1;
        int[] starts = new int[n + 2];
        java.util.Arrays.fill(starts, sentence.length);
        for (int i = sentence.length - 1; i >= 0; i--) {
            starts[sentence[i]] = i;
        }
        for (int s = n - 1; s >= 0; s--) {
            if (starts[s] > starts[s + 1]) {
                starts[s] = starts[s + 1]; // a sentence with no word starts where the next does
            }
        }
        return starts;
    }

    String telling(int id) {
        return telling.entries.get(id).text();
    }

    String organ(int id) {
        return organs.entries.get(id).text();
    }

    String harm(int id) {
        return harms.entries.get(id).text();
    }

    /** Capitalised words any reply may hold (titles, days, months…), folded. */
    boolean everydayName(String folded) {
        return everydayNames.contains(folded);
    }

    private static ClinicalWords load() {
        ClinicalWords list = new ClinicalWords();
        SectionedList.read("/patient/beyond-script.txt", (section, line) -> {
            switch (section) {
                case "[telling]" -> list.telling.add(line);
                case "[organ]" -> list.organs.add(line);
                case "[wrong]" -> list.harms.add(line);
                case "[everyday-names]" -> list.everydayNames.addAll(List.of(line.strip().split("[^a-z0-9]+")));
                default -> throw new IllegalStateException("beyond-script.txt: unknown section " + section);
            }
        });
        return list;
    }
}
