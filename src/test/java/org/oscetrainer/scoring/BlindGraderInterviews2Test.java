package org.oscetrainer.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.oscetrainer.Evaluation;
import org.oscetrainer.scoring.BlindGraderInterviewsTest.Measured;
import org.oscetrainer.scoring.ItemJudgements.Figures;

/**
 * The offline grader on the second frozen blind interview set, {@code src/test/resources/blind/grader-interviews-2/}
 * (32 interviews, 547 item judgements on 9 stations, 4 of them new; written by someone who never saw the
 * grader, frozen with SHA-256 before the first measurement; never edited here). Scored as set 3 (see
 * {@link BlindGraderInterviewsTest}).
 */
class BlindGraderInterviews2Test {

    /** First measurement (5 Dec 2026, main at 72688c2): kappa 0.646, worst famille-en-colere-fr 0.384, ICC(2,1) 0.944;
     * branch grader-3: kappa 0.760, worst confusion-elderly-en 0.559, ICC(2,1) 0.976. Branch grader5 (items written
     * out in parts, wrong answers, note sections): kappa 0.751, worst consentement-chirurgie-fr 0.636, ICC(2,1) 0.976. */
    /**
     * Ratchets: the measured figures, rounded down. Raise them when the grader gets better; never lower them.
     * With grader8 (plans in lay words, denying hints, bracketed examples name their part, examinations declined,
     * put off, previewed for consent or described in plain words, harms made ordinary; 6 Dec 2026): set 5: kappa 0.767
     * -> 0.794, worst famille-en-colere-fr 0.703, ICC(2,1) 0.973 -> 0.979.
     */
    // grader12 (6 Dec 2026): floors raised to the measured figures, rounded down (docs/scoring.md, grader12).
    // grader14: kappa 0.810 -> 0.813 (confusion-elderly-en's onset and course asked in other words).
    // grader18 (7 Dec 2026): raised to the measured figure, rounded down (examination steps read through the findings).
    static final double KAPPA_FLOOR = 0.83;
    static final double STATION_KAPPA_FLOOR = 0.73;
    static final double ICC_FLOOR = 0.98;

    static final Path CASES = Path.of("src/test/resources/blind/grader-interviews-2");

    @Test
    @Evaluation // an older set, tuned on: in the eval profile (see Evaluation), to keep the test command within CI's time with sets 30 and 31
    void measuresTheOfflineGraderOnTheSecondBlindSet() throws IOException {
        Measured m = BlindGraderInterviewsTest.measure(CASES, "BLIND interviews, set 5");
        assertThat(m.interviews()).isEqualTo(32);
        assertThat(m.overall().kappa()).as("overall kappa").isGreaterThanOrEqualTo(KAPPA_FLOOR);
        m.byStation().forEach((station, list) -> assertThat(Figures.of(list).kappa()).as("kappa of " + station)
                .isGreaterThanOrEqualTo(STATION_KAPPA_FLOOR));
        assertThat(m.icc()).as("ICC(2,1) of total scores").isGreaterThanOrEqualTo(ICC_FLOOR);
    }
}
