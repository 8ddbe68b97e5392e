package org.oscetrainer.patient.internal;

import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The distinct words of a station's leak terms, and which of them a reply's word says
 * ({@link LeakCheck#matches}: equal, another ending, one edit, scrambled), worked out once per word and
 * remembered. A streamed reply is checked again each time it grows by a word, and its words (and those
 * of its readings) come back at every check: without this, every check compared every word of the
 * reply so far with every word of every term again.
 */
final class TermWords {

    /**
     * A bound on the words remembered in each of two generations: past it, the older generation is forgotten and the
     * younger becomes the older, so the words of the replies coming now are kept (before perf23 the whole memory was
     * cleared at once, and every word then was compared with every term word again).
     */
    private static final int REMEMBERED = 5_000;

    private final String[] words;
    private final int[][] ids;
    /** The words seen since the last turn of generations, and those of the generation before (read, not added to). */
    private volatile Map<String, BitSet> said = new ConcurrentHashMap<>();
    private volatile Map<String, BitSet> older = Map.of();

    TermWords(List<LeakTerms.Term> terms) {
        Map<String, Integer> index = new LinkedHashMap<>();
        this.ids = new int[terms.size()][];
        for (int t = 0; t < terms.size(); t++) {
            List<String> termWords = terms.get(t).words();
            ids[t] = new int[termWords.size()];
            for (int k = 0; k < termWords.size(); k++) {
                ids[t][k] = index.computeIfAbsent(termWords.get(k), w -> index.size());
            }
        }
        this.words = index.keySet().toArray(String[]::new);
    }

    /** The ids of the {@code term}-th term's words, in order. */
    int[] ids(int term) {
        return ids[term];
    }

    /** Which term words each of {@code replyWords} says. */
    Said said(List<String> replyWords) {
        BitSet[] byWord = new BitSet[replyWords.size()];
        BitSet any = new BitSet(words.length);
        for (int i = 0; i < byWord.length; i++) {
            byWord[i] = said(replyWords.get(i));
            any.or(byWord[i]);
        }
        return new Said(byWord, any);
    }

    private BitSet said(String replyWord) {
        Map<String, BitSet> young = said;
        BitSet bits = young.get(replyWord);
        if (bits == null) {
            bits = older.get(replyWord);
            if (bits == null) {
                bits = new BitSet(words.length);
                for (int id = 0; id < words.length; id++) {
                    if (LeakCheck.matches(replyWord, words[id])) {
                        bits.set(id);
                    }
                }
            }
            if (young.size() >= REMEMBERED) {
                turnGenerations(young);
                young = said;
            }
            young.put(replyWord, bits); // never changed once remembered
        }
        return bits;
    }

    /** The younger generation, full, becomes the older; the older is forgotten. Once, whichever thread comes first. */
    private synchronized void turnGenerations(Map<String, BitSet> full) {
        if (said == full) {
            older = full;
            said = new ConcurrentHashMap<>();
        }
    }

    /** Which term words the words of one reading say: per word, and in all. */
    static final class Said {

        private final BitSet[] byWord;
        private final BitSet any;

        private Said(BitSet[] byWord, BitSet any) {
            this.byWord = byWord;
            this.any = any;
        }

        boolean says(int word, int id) {
            return byWord[word].get(id);
        }

        /** The first term word id at or after {@code from} that some word says, or -1. */
        int nextSaid(int from) {
            return any.nextSetBit(from);
        }

        boolean saysAll(int[] ids) {
            for (int id : ids) {
                if (!any.get(id)) {
                    return false;
                }
            }
            return true;
        }
    }
}
