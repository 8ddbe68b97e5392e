package org.oscetrainer.patient.internal;

import java.util.ArrayList;
import java.util.List;
import org.oscetrainer.patient.PatientReply;
import org.oscetrainer.patient.PatientUnavailableException;

/**
 * What the guard's streaming tests share: the load harness's fake reply (EncounterLoadBenchmark's words, one token per
 * word) and a {@link GuardedStream.Outcome} that only records whether the reply passed.
 */
final class HarnessReplies {

    private static final String[] WORDS = {"It ", "started ", "about ", "an ", "hour ", "ago, ", "doctor, ", "and ", "it ",
        "has ", "not ", "gone ", "away ", "since. "};

    private HarnessReplies() {
    }

    /** The harness's reply cut to {@code words} tokens, one word each. */
    static List<String> tokens(int words) {
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < words; i++) {
            tokens.add(WORDS[i % WORDS.length]);
        }
        return tokens;
    }

    /** An outcome that records only whether the reply passed the guard. */
    static final class PassedOutcome implements GuardedStream.Outcome {

        boolean passed;

        @Override
        public void passed(PatientReply reply) {
            passed = true;
        }

        @Override
        public void broke(PatientReply reply, Violation violation, boolean shown) {
        }

        @Override
        public void failed(PatientUnavailableException error, boolean shown) {
        }

        @Override
        public void abandoned(PatientUnavailableException error, boolean shown) {
        }
    }
}
