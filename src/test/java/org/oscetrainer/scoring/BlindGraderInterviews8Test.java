package org.oscetrainer.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.oscetrainer.Evaluation;
import org.oscetrainer.scoring.BlindGraderInterviewsTest.Measured;
import org.oscetrainer.scoring.ItemJudgements.Figures;

/**
 * The offline grader on the eighth frozen blind interview set, {@code src/test/resources/blind/grader-interviews-8/}
 * (set 22: 48 interviews, 2 on each of the 24 stations: an uneven student and a strong one who speaks in their own
 * words; 792 item judgements with 144 note items; plans in lay words or as a shared decision, plain sympathy,
 * half-done items, deferred or dismissed topics, negated and reported speech, examinations named but not performed,
 * notes with paraphrased, abbreviated or wrong-subtype diagnoses; written by someone who never saw the grader, frozen
 * with SHA-256 before the first measurement; never edited here). Scored as set 3 (see {@link BlindGraderInterviewsTest}).
 */
class BlindGraderInterviews8Test {

    /**
     * First measurement (6 Dec 2026, 05:16 UTC, the grader of main at ef4df7a, unchanged): kappa 0.595, worst
     * metrorragies-grossesse-fr 0.075, insomnie-fatigue-fr 0.300, chute-personne-agee-fr 0.328, cardiovascular-exam-en
     * 0.386; by class professionalism 0.048, notes 0.305, examination 0.459, management 0.506, communication 0.656,
     * history 0.657, clinical reasoning 0.673; ICC(2,1) 0.878. With grader8 (plans in lay words or as a shared
     * decision, plain sympathy, examinations described without their names, declined or put off, hints that say a
     * denial, introductions name first; designed on sets 3 to 19, where set 19 went 0.538 -> 0.618): kappa 0.616,
     * worst metrorragies-grossesse-fr 0.205, cardiovascular-exam-en 0.222 (0.386 before: the one station lower),
     * insomnie-fatigue-fr 0.300; management 0.506 -> 0.662, professionalism 0.048 -> 0.125, examination 0.459 ->
     * 0.503, communication 0.656 -> 0.687, notes 0.305 unchanged; ICC(2,1) 0.878 unchanged.
     * Ratchets: the measured figures, rounded down. Raise them when the grader gets better; never lower them.
     * With grader11 (6 Dec 2026): kappa 0.620 -> 0.646, professionalism 0.125 -> 0.659, ICC 0.884 -> 0.895.
     */
    // grader12 (6 Dec 2026): floors raised to the measured figures, rounded down (docs/scoring.md, grader12).
    // grader13 (6 Dec 2026): raised to the measured figures, rounded down (docs/scoring.md, grader13).
    // grader18 (7 Dec 2026): raised to the measured figure, rounded down (examination steps read through the findings).
    // grader23 (session 39): raised to the measured figures, rounded down (an item asked by an open question and answered).
    // grader23b (session 39, the review's fix: never a critical item, the opening question or "what else?"): 0.692 ->
    // 0.6895; the floor back to 0.68 (its figure before grader23), by the lead.
    static final double KAPPA_FLOOR = 0.68; // grader20: 0.677 -> 0.681
    static final double STATION_KAPPA_FLOOR = 0.20;
    static final double ICC_FLOOR = 0.90;

    static final Path CASES = Path.of("src/test/resources/blind/grader-interviews-8");

    @Test
    @Evaluation // an older set, tuned on: in the eval profile (see Evaluation), to keep the test command within CI's time with sets 33 and 35
    void measuresTheOfflineGraderOnTheEighthBlindSet() throws IOException {
        Measured m = BlindGraderInterviewsTest.measure(CASES, "BLIND interviews, set 22");
        assertThat(m.interviews()).isEqualTo(48);
        assertThat(m.overall().kappa()).as("overall kappa").isGreaterThanOrEqualTo(KAPPA_FLOOR);
        m.byStation().forEach((station, list) -> assertThat(Figures.of(list).kappa()).as("kappa of " + station)
                .isGreaterThanOrEqualTo(STATION_KAPPA_FLOOR));
        assertThat(m.icc()).as("ICC(2,1) of total scores").isGreaterThanOrEqualTo(ICC_FLOOR);
    }
}
