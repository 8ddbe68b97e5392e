package org.oscetrainer.patient.internal;

import java.util.BitSet;
import java.util.List;
import java.util.Set;

/**
 * The patient's own theory of what is wrong, voiced as a worry or a hunch: "What I'm scared of is that the little tube
 * off my bowel has got blocked and swollen", "J'ai peur que du sang se soit répandu sous l'enveloppe du cerveau". In
 * such a sentence the organ and what went wrong with it may stand further apart than in a plain statement (a reader
 * still joins them: the sentence is about that organ going wrong), so {@link ClinicalWords} pairs them anywhere within
 * {@value #WINDOW} words of each other in it.
 */
final class Guesses {

    private Guesses() {
    }

    /** How far apart (in words) an organ and its harm may be in a sentence of worry or guess. */
    static final int WINDOW = 12;

    /** Words that make a sentence the speaker's worry or guess about what is wrong. */
    private static final Set<String> WORRY = Set.of("scared", "afraid", "frightened", "frightening", "terrified",
            "worried", "worry", "worries", "worrying", "fear", "fears", "reckon", "suspect", "guess", "wondering",
            "convinced", "feeling", "thinking", "peur", "crains", "craint", "crainte", "angoisse", "inquiete", "inquiet",
            "persuade", "persuadee", "convaincu", "convaincue", "soupconne", "redoute", "imagine");

    /** The sentences (by number) that voice a worry or a guess. */
    static BitSet sentences(List<String> words, int[] sentence) {
        BitSet out = new BitSet();
        for (int i = 0; i < words.size(); i++) {
            if (WORRY.contains(words.get(i))) {
                out.set(sentence[i]);
            }
        }
        return out;
    }

    /** Whether the organ at {@code organ} and the harm at {@code harm} pair in a sentence of worry or guess. */
    static boolean pair(int[] sentence, BitSet guessed, int organ, int harm) {
        return organ != harm && sentence[organ] == sentence[harm] && guessed.get(sentence[organ])
                && Math.abs(organ - harm) <= WINDOW;
    }
}
