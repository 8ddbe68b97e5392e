package org.oscetrainer.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.oscetrainer.scoring.BlindGraderInterviewsTest.Measured;
import org.oscetrainer.scoring.ItemJudgements.Figures;

/**
 * The offline grader on the twenty-first frozen blind interview set, {@code src/test/resources/blind/grader-interviews-21/}
 * (set 62: 48 interviews, 2 on each of the 24 stations: a mnemonic student — the history run by a mnemonic said aloud,
 * short structured questions, some letters skipped or rushed, the examination narrated step by step, a structured note
 * with a ranked differential — and a shotgun student — many questions off the point, many tests at once, the right
 * diagnosis somewhere in an unranked list, the plan deferred to a senior, answers talked over; written by someone who
 * never saw the grader, frozen with SHA-256 before the first measurement; never edited here). Scored as set 3 (see {@link BlindGraderInterviewsTest}).
 */
class BlindGraderInterviews21Test {

    /**
     * First measurement (7 Dec 2026, 23:50 UTC by the machine clock, the grader of main at 94a99e1, unchanged, a
     * machine busy with eight helper sessions): kappa 0.742 (agreement 0.899, kappa on points 0.667), ICC(2,1) 0.960;
     * worst low-mood-en 0.459, breathlessness-en 0.565, wheeze-child-en 0.619, metrorragies-grossesse-fr 0.622,
     * dyspnee-aigue-fr 0.643; by class history 0.623, management 0.645, professionalism 0.700, note 0.712 (kappa on
     * points 0.520), clinical reasoning 0.751, examination 0.841, communication 0.900. After this round's merges
     * (grader23 and its review fix; never saw this set): kappa **0.756** (agreement 0.905), ICC(2,1) **0.967**; worst
     * low-mood-en 0.509, breathlessness-en 0.565, metrorragies-grossesse-fr 0.622, chest-pain-en 0.674. Ratchets: the measured figures,
     * rounded down. Raise them when the grader gets better; never lower them.
     */
    static final double KAPPA_FLOOR = 0.75;
    static final double STATION_KAPPA_FLOOR = 0.50; // low-mood-en measured 0.509
    static final double ICC_FLOOR = 0.96; // measured 0.967

    static final Path CASES = Path.of("src/test/resources/blind/grader-interviews-21");

    @Test
    void measuresTheOfflineGraderOnTheTwentyFirstBlindSet() throws IOException {
        Measured m = BlindGraderInterviewsTest.measure(CASES, "BLIND interviews, set 62");
        assertThat(m.interviews()).isEqualTo(48);
        assertThat(m.overall().kappa()).as("overall kappa").isGreaterThanOrEqualTo(KAPPA_FLOOR);
        m.byStation().forEach((station, list) -> assertThat(Figures.of(list).kappa()).as("kappa of " + station)
                .isGreaterThanOrEqualTo(STATION_KAPPA_FLOOR));
        assertThat(m.icc()).as("ICC(2,1) of total scores").isGreaterThanOrEqualTo(ICC_FLOOR);
    }
}
