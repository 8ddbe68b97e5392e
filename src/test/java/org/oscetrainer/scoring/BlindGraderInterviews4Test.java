package org.oscetrainer.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.oscetrainer.Evaluation;
import org.oscetrainer.scoring.BlindGraderInterviewsTest.Measured;
import org.oscetrainer.scoring.ItemJudgements.Figures;

/**
 * The offline grader on the third frozen blind interview set, {@code src/test/resources/blind/grader-interviews-4/}
 * (set 10: 36 interviews, 603 item judgements on 12 stations, the ones the earlier sets used least; written by someone who never saw the grader, frozen with SHA-256 before the first
 * measurement; never edited here). Scored as set 3 (see {@link BlindGraderInterviewsTest}).
 */
class BlindGraderInterviews4Test {

    /**
     * First measurement (5 Dec 2026), main's grader at 76cb450: kappa 0.603, worst confusion-elderly-en 0.446,
     * history items 0.530, ICC(2,1) 0.908. With grader-4 (whole one-point history items, open questions,
     * formulaic empathy; designed without this set): kappa 0.656, worst missed-periods-en 0.548, history 0.648,
     * ICC(2,1) 0.934. Branch grader5 (items written out in parts in the rubrics, wrong answers, note sections): kappa
     * 0.759, worst annonce-cancer-fr 0.625, note 0.636, ICC(2,1) 0.968.
     * Ratchets: the measured figures, rounded down. Raise them when the grader gets better; never lower them.
     * With grader8 (plans in lay words, denying hints, bracketed examples name their part, examinations declined,
     * put off, previewed for consent or described in plain words, harms made ordinary; 6 Dec 2026): set 10: kappa 0.765
     * -> 0.766, worst confusion-elderly-en 0.657, ICC(2,1) 0.967.
     * With grader9 (notes and communication read by meaning): kappa 0.766 -> 0.784, worst station 0.708, ICC 0.967 -> 0.973.
     * With grader11 (6 Dec 2026): kappa 0.787 -> 0.790, ICC 0.973 -> 0.971, worst missed-periods-en 0.703.
     * After grader19 (notes' dangerous and deferred plans, a second diagnosis after a word of doubt, management told not
     * asked, promises): kappa 0.797 -> 0.801; floors raised to the measured figures, rounded down.
     */
    static final double KAPPA_FLOOR = 0.80;
    static final double STATION_KAPPA_FLOOR = 0.70;
    static final double ICC_FLOOR = 0.97;

    static final Path CASES = Path.of("src/test/resources/blind/grader-interviews-4");

    @Test
    @Evaluation // an older set, tuned on: in the eval profile (see Evaluation), to keep the test command within CI's time with sets 33 and 35
    void measuresTheOfflineGraderOnTheFourthBlindSet() throws IOException {
        Measured m = BlindGraderInterviewsTest.measure(CASES, "BLIND interviews, set 10");
        assertThat(m.interviews()).isEqualTo(36);
        assertThat(m.overall().kappa()).as("overall kappa").isGreaterThanOrEqualTo(KAPPA_FLOOR);
        m.byStation().forEach((station, list) -> assertThat(Figures.of(list).kappa()).as("kappa of " + station)
                .isGreaterThanOrEqualTo(STATION_KAPPA_FLOOR));
        assertThat(m.icc()).as("ICC(2,1) of total scores").isGreaterThanOrEqualTo(ICC_FLOOR);
    }
}
