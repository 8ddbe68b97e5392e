package org.oscetrainer.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.oscetrainer.Evaluation;
import org.oscetrainer.scoring.BlindGraderInterviewsTest.Measured;
import org.oscetrainer.scoring.ItemJudgements.Figures;

/**
 * The offline grader on the fifth frozen blind interview set, {@code src/test/resources/blind/grader-interviews-5/}
 * (set 13: 36 interviews, 585 item judgements on the 12 stations set 10 did not use, low-mood-en among them;
 * written by someone who never saw the grader, with set 10's labelling conventions, frozen with SHA-256 before
 * the first measurement; never edited here). Scored as set 3 (see {@link BlindGraderInterviewsTest}).
 */
class BlindGraderInterviews5Test {

    /**
     * First measurement (5 Dec 2026, 19:08 UTC, the grader of 3b0a029, unchanged): kappa 0.637,
     * worst low-mood-en 0.389, professionalism items 0.310, communication 0.527, notes 0.625, ICC(2,1) 0.921.
     * With grader5 (items written out in parts, wrong answers, note sections; designed on sets 3, 5, 8 and 10 only):
     * kappa 0.645, worst interpreter-fever-en 0.462, low-mood-en 0.465, notes 0.548, ICC(2,1) 0.939.
     * Ratchets: the measured figures, rounded down. Raise them when the grader gets better; never lower them.
     * With grader8 (plans in lay words, denying hints, bracketed examples name their part, examinations declined,
     * put off, previewed for consent or described in plain words, harms made ordinary; 6 Dec 2026): set 13: kappa 0.671
     * -> 0.681, worst interpreter-fever-en 0.514, ICC(2,1) 0.940.
     * With grader9 (notes and communication read by meaning): kappa 0.681 -> 0.706, worst station 0.538, ICC 0.940 -> 0.942.
     * With grader11 (6 Dec 2026): kappa 0.706 -> 0.727, professionalism 0.422 -> 0.897, ICC 0.942 -> 0.949.
     */
    // grader12 (6 Dec 2026): floors raised to the measured figures, rounded down (docs/scoring.md, grader12).
    // grader13 (6 Dec 2026): raised to the measured figures, rounded down (docs/scoring.md, grader13).
    static final double KAPPA_FLOOR = 0.76; // grader20: 0.759 -> 0.762
    static final double STATION_KAPPA_FLOOR = 0.57;
    static final double ICC_FLOOR = 0.94;

    static final Path CASES = Path.of("src/test/resources/blind/grader-interviews-5");

    @Test
    @Evaluation // an older set, tuned on: in the eval profile (see Evaluation), to keep the test command within CI's time with sets 33 and 35
    void measuresTheOfflineGraderOnTheFifthBlindSet() throws IOException {
        Measured m = BlindGraderInterviewsTest.measure(CASES, "BLIND interviews, set 13");
        assertThat(m.interviews()).isEqualTo(36);
        assertThat(m.overall().kappa()).as("overall kappa").isGreaterThanOrEqualTo(KAPPA_FLOOR);
        m.byStation().forEach((station, list) -> assertThat(Figures.of(list).kappa()).as("kappa of " + station)
                .isGreaterThanOrEqualTo(STATION_KAPPA_FLOOR));
        assertThat(m.icc()).as("ICC(2,1) of total scores").isGreaterThanOrEqualTo(ICC_FLOOR);
    }
}
