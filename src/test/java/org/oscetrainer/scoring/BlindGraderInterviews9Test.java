package org.oscetrainer.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.oscetrainer.Evaluation;
import org.oscetrainer.scoring.BlindGraderInterviewsTest.Measured;
import org.oscetrainer.scoring.ItemJudgements.Figures;

/**
 * The offline grader on the ninth frozen blind interview set, {@code src/test/resources/blind/grader-interviews-9/}
 * (set 25: 48 interviews, 2 on each of the 24 stations: a disorganised student who covers much but says several
 * things wrongly or by half, and a polite, empathic one who misses key history and examinations and writes a
 * plausible but wrong diagnosis or an unsafe plan element; 792 item judgements with 144 note items; written by
 * someone who never saw the grader, frozen with SHA-256 before the first measurement; never edited here). Scored as
 * set 3 (see {@link BlindGraderInterviewsTest}).
 */
class BlindGraderInterviews9Test {

    /**
     * First measurement (6 Dec 2026, 08:27 UTC, the grader of main at 63c7fa0, unchanged): kappa 0.644, worst
     * chute-personne-agee-fr 0.286, examen-genou-fr 0.369, metrorragies-grossesse-fr and confusion-elderly-en 0.417,
     * cardiovascular-exam-en 0.450; by class notes -0.014, examination 0.430, clinical reasoning 0.517,
     * communication 0.570, history 0.730, management 0.762, professionalism 0.857; ICC(2,1) 0.645 (the notes' wrong
     * diagnoses credited pull the totals apart). With grader9 (the note's most likely diagnosis read as the rubric's
     * first expected clause, a diagnosis named only behind another half credit, introductions need the student's
     * name, concerns explored by asking, summaries checked; designed on sets 3 to 19, set 22 held out and unchanged):
     * kappa 0.644 (unchanged, kappa on points 0.643 -> 0.642), every station and class unchanged on done/not done;
     * ICC(2,1) 0.645 -> 0.662.
     * Ratchets: the measured figures, rounded down. Raise them when the grader gets better; never lower them.
     * With grader10 (the note's leading diagnosis read against the station's hidden truth; measured once, 6 Dec 2026):
     * kappa 0.644 unchanged, notes kappa -0.014 unchanged (points 0.250 -> 0.254), ICC(2,1) 0.662 -> 0.686: ICC floor raised.
     * With grader11 (6 Dec 2026): kappa 0.644 -> 0.678, examination 0.430 -> 0.707, ICC 0.686 -> 0.697.
     * After grader19 (notes' dangerous and deferred plans, a second diagnosis after a word of doubt, management told not
     * asked, promises): kappa 0.715 -> 0.731, ICC(2,1) 0.701 -> 0.725; floors raised to the measured figures, rounded down.
     */
    // grader12 (6 Dec 2026): floors raised to the measured figures, rounded down (docs/scoring.md, grader12).
    // grader13 (6 Dec 2026): raised to the measured figures, rounded down (docs/scoring.md, grader13).
    static final double KAPPA_FLOOR = 0.73;
    static final double STATION_KAPPA_FLOOR = 0.37; // grader20: worst station 0.286 -> 0.375
    static final double ICC_FLOOR = 0.73; // grader20: 0.725 -> 0.737

    static final Path CASES = Path.of("src/test/resources/blind/grader-interviews-9");

    @Test
    @Evaluation // an older set, tuned on: in the eval profile (see Evaluation), to keep the test command within CI's time with sets 36 to 38
    void measuresTheOfflineGraderOnTheNinthBlindSet() throws IOException {
        Measured m = BlindGraderInterviewsTest.measure(CASES, "BLIND interviews, set 25");
        assertThat(m.interviews()).isEqualTo(48);
        assertThat(m.overall().kappa()).as("overall kappa").isGreaterThanOrEqualTo(KAPPA_FLOOR);
        m.byStation().forEach((station, list) -> assertThat(Figures.of(list).kappa()).as("kappa of " + station)
                .isGreaterThanOrEqualTo(STATION_KAPPA_FLOOR));
        assertThat(m.icc()).as("ICC(2,1) of total scores").isGreaterThanOrEqualTo(ICC_FLOOR);
    }
}
