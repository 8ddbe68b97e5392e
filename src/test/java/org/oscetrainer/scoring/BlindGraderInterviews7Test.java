package org.oscetrainer.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.oscetrainer.Evaluation;
import org.oscetrainer.scoring.BlindGraderInterviewsTest.Measured;
import org.oscetrainer.scoring.ItemJudgements.Figures;

/**
 * The offline grader on the seventh frozen blind interview set, {@code src/test/resources/blind/grader-interviews-7/}
 * (set 19: 48 interviews, 2 on each of the 24 stations: an uneven, borderline student and a strong one who speaks in
 * their own words; 792 item judgements with 144 note items; items done in other words, declined, reported, closed
 * checks, formulaic empathy, notes in abbreviations; written by someone who never saw the grader, frozen with SHA-256
 * before the first measurement; never edited here). Scored as set 3 (see {@link BlindGraderInterviewsTest}).
 */
class BlindGraderInterviews7Test {

    /**
     * First measurement (6 Dec 2026, 02:08 UTC, the grader of 89f905f, unchanged): kappa 0.524, worst
     * erreur-medicamenteuse-fr -0.226, annonce-cancer-fr 0.154, interpreter-fever-en 0.270, examen-genou-fr 0.283;
     * management 0.033, professionalism 0.381, examination 0.415, notes 0.469; ICC(2,1) 0.838. With grader7
     * (presumed answers, closed checks and dismissals earn no communication item, note headings and abbreviations,
     * introductions in parts; designed on sets 3 to 16, where set 16 went 0.667 -> 0.711): kappa 0.538, worst
     * erreur-medicamenteuse-fr -0.035, annonce-cancer-fr 0.200, examen-genou-fr 0.245 (0.283 before);
     * communication 0.608 -> 0.667, the other classes unchanged; ICC(2,1) 0.850.
     * Ratchets: the measured figures, rounded down. Raise them when the grader gets better; never lower them.
     * With grader8 (plans in lay words, denying hints, bracketed examples name their part, examinations declined,
     * put off, previewed for consent or described in plain words, harms made ordinary; 6 Dec 2026): set 19: kappa 0.538
     * -> 0.618, worst annonce-cancer-fr 0.308 (erreur-medicamenteuse-fr -0.035 -> 0.418, examen-genou-fr 0.245 ->
     * 0.650); management 0.033 -> 0.336, professionalism 0.381 -> 0.798, examination 0.415 -> 0.766, communication
     * 0.667 -> 0.681, history 0.559 -> 0.566, notes 0.469 (unchanged); ICC(2,1) 0.850 -> 0.892.
     * With grader11 (6 Dec 2026): kappa 0.624 unchanged, ICC 0.896 -> 0.898.
     * After grader19 (notes' dangerous and deferred plans, a second diagnosis after a word of doubt, management told not
     * asked, promises): kappa 0.678 -> 0.682; floors raised to the measured figures, rounded down.
     */
    // grader12 (6 Dec 2026): floors raised to the measured figures, rounded down (docs/scoring.md, grader12).
    // grader13 (6 Dec 2026): raised to the measured figures, rounded down (docs/scoring.md, grader13).
    // grader23 (session 39): raised to the measured figures, rounded down (an item asked by an open question and answered).
    static final double KAPPA_FLOOR = 0.70;
    static final double STATION_KAPPA_FLOOR = 0.35;
    // grader14: ICC(2,1) 0.900 -> 0.904 (kappa 0.654 -> 0.657).
    static final double ICC_FLOOR = 0.91;

    static final Path CASES = Path.of("src/test/resources/blind/grader-interviews-7");

    @Test
    @Evaluation // an older set, tuned on: in the eval profile (see Evaluation), to keep the test command within CI's time with sets 33 and 35
    void measuresTheOfflineGraderOnTheSeventhBlindSet() throws IOException {
        Measured m = BlindGraderInterviewsTest.measure(CASES, "BLIND interviews, set 19");
        assertThat(m.interviews()).isEqualTo(48);
        assertThat(m.overall().kappa()).as("overall kappa").isGreaterThanOrEqualTo(KAPPA_FLOOR);
        m.byStation().forEach((station, list) -> assertThat(Figures.of(list).kappa()).as("kappa of " + station)
                .isGreaterThanOrEqualTo(STATION_KAPPA_FLOOR));
        assertThat(m.icc()).as("ICC(2,1) of total scores").isGreaterThanOrEqualTo(ICC_FLOOR);
    }
}
