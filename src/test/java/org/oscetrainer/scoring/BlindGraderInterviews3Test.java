package org.oscetrainer.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.oscetrainer.Evaluation;
import org.oscetrainer.scoring.BlindGraderInterviewsTest.Measured;
import org.oscetrainer.scoring.ItemJudgements.Figures;

/**
 * The offline grader on the third frozen blind interview set, {@code src/test/resources/blind/grader-interviews-3/}
 * (set 8: 30 interviews, 456 item judgements on 10 stations none of the earlier grader sets used but
 * famille-en-colere-fr; written by someone who never saw the grader, frozen with SHA-256 before the first
 * measurement; never edited here). Scored as set 3 (see {@link BlindGraderInterviewsTest}).
 */
class BlindGraderInterviews3Test {

    /**
     * First measurement (5 Dec 2026), main's grader at bee9e09: kappa 0.618, worst abdominal-pain-en 0.472,
     * ICC(2,1) 0.865. With the grader of branch grader-3: kappa 0.661, ICC(2,1) 0.918 (docs/scoring.md).
     * With branch grader4 (one-point history items whole, open questions, formulaic empathy): kappa 0.703, worst
     * station 0.600, ICC(2,1) 0.938. Branch grader5 (items written out in parts, wrong answers, note sections): kappa 0.749,
     * worst metrorragies-grossesse-fr 0.600, ICC(2,1) 0.950.
     * Ratchets: the measured figures, rounded down. Raise them when the grader gets better; never lower them.
     * With grader8 (plans in lay words, denying hints, bracketed examples name their part, examinations declined,
     * put off, previewed for consent or described in plain words, harms made ordinary; 6 Dec 2026): set 8: kappa 0.759
     * -> 0.767, worst metrorragies-grossesse-fr 0.600, ICC(2,1) 0.953 -> 0.952.
     * With grader11 (examinations named or declined, labels that forbid blame or discouragement, acts the label names each wanted; 6 Dec 2026): kappa 0.767 -> 0.785, ICC 0.952 -> 0.957.
     */
    // grader12 (6 Dec 2026): floors raised to the measured figures, rounded down (docs/scoring.md, grader12).
    // grader13 (6 Dec 2026): raised to the measured figures, rounded down (docs/scoring.md, grader13).
    static final double KAPPA_FLOOR = 0.82; // grader20: 0.826 -> 0.830
    static final double STATION_KAPPA_FLOOR = 0.60;
    static final double ICC_FLOOR = 0.96;

    static final Path CASES = Path.of("src/test/resources/blind/grader-interviews-3");

    @Test
    @Evaluation // an older set, tuned on: in the eval profile (see Evaluation), to keep the test command within CI's time with sets 30 and 31
    void measuresTheOfflineGraderOnTheThirdBlindSet() throws IOException {
        Measured m = BlindGraderInterviewsTest.measure(CASES, "BLIND interviews, set 8");
        assertThat(m.interviews()).isEqualTo(30);
        assertThat(m.overall().kappa()).as("overall kappa").isGreaterThanOrEqualTo(KAPPA_FLOOR);
        m.byStation().forEach((station, list) -> assertThat(Figures.of(list).kappa()).as("kappa of " + station)
                .isGreaterThanOrEqualTo(STATION_KAPPA_FLOOR));
        assertThat(m.icc()).as("ICC(2,1) of total scores").isGreaterThanOrEqualTo(ICC_FLOOR);
    }
}
