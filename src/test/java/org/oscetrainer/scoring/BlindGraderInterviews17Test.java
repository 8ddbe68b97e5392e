package org.oscetrainer.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.oscetrainer.Evaluation;
import org.oscetrainer.scoring.BlindGraderInterviewsTest.Measured;
import org.oscetrainer.scoring.ItemJudgements.Figures;

/**
 * The offline grader on the seventeenth frozen blind interview set, {@code src/test/resources/blind/grader-interviews-17/}
 * (set 50: 48 interviews, 2 on each of the 24 stations: a "teller" who states items instead of asking them ("I'll
 * assume you don't smoke"), asks leading and chained questions, talks management before the history is done and
 * writes a note whose first diagnosis is wrong (the right one second) and whose plan holds one dangerous step; and an
 * "explainer" with a terse efficient history, a long plain-words management discussion partly vague, and a telegraphic
 * note in abbreviations with the right diagnosis and an incomplete plan; written by someone who never saw the grader,
 * frozen with SHA-256 before the first measurement; never edited here). Scored as set 3 (see
 * {@link BlindGraderInterviewsTest}).
 */
class BlindGraderInterviews17Test {

    /**
     * First measurement (7 Dec 2026, 10:46 UTC, the grader of main at c128b45, unchanged, a machine busy with five
     * helper sessions): kappa 0.650 (agreement 0.855, kappa on points 0.515), ICC(2,1) 0.760; worst insomnie-fatigue-fr
     * 0.300, annonce-cancer-fr 0.357, chute-personne-agee-fr 0.379, interpreter-fever-en 0.551; by class management
     * 0.412, history 0.575, note 0.618 (kappa on points 0.243), clinical reasoning 0.646, examination 0.716,
     * professionalism 0.798, communication 0.805; the evidence turn among the examiner's 338 of 384.
     * After grader19 (a dangerous element or an unsafe delay in a note's plan, the right diagnosis second after a word
     * of doubt, management earned by what is told rather than asked, promises where the label forbids them; never saw
     * this set), on main at its merge: kappa 0.660, ICC(2,1) 0.770; management 0.412 -> 0.510, annonce-cancer-fr 0.357
     * -> 0.518, communication 0.805 -> 0.821; the note class unchanged at 0.618.
     * After grader20 (held this set out; run once on its last commit), on main at the merge: kappa 0.660, ICC(2,1) 0.776.
     * Ratchets: the measured figures, rounded down. Raise them when the grader gets better; never lower them.
     */
    // grader23 (session 39): raised to the measured figures, rounded down (an item asked by an open question and answered).
    static final double KAPPA_FLOOR = 0.66;
    static final double STATION_KAPPA_FLOOR = 0.29;
    static final double ICC_FLOOR = 0.77;

    static final Path CASES = Path.of("src/test/resources/blind/grader-interviews-17");

    @Test
    @Evaluation // measured (held out by router20/grader20/guard18/benign18, then a design set of this round's helpers): in the eval profile (see Evaluation), to keep the test command within CI's time with sets 51 to 56
    void measuresTheOfflineGraderOnTheSeventeenthBlindSet() throws IOException {
        Measured m = BlindGraderInterviewsTest.measure(CASES, "BLIND interviews, set 50");
        assertThat(m.interviews()).isEqualTo(48);
        assertThat(m.overall().kappa()).as("overall kappa").isGreaterThanOrEqualTo(KAPPA_FLOOR);
        m.byStation().forEach((station, list) -> assertThat(Figures.of(list).kappa()).as("kappa of " + station)
                .isGreaterThanOrEqualTo(STATION_KAPPA_FLOOR));
        assertThat(m.icc()).as("ICC(2,1) of total scores").isGreaterThanOrEqualTo(ICC_FLOOR);
    }
}
