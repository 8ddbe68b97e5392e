package org.oscetrainer.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.oscetrainer.Evaluation;
import org.oscetrainer.scoring.BlindGraderInterviewsTest.Measured;
import org.oscetrainer.scoring.ItemJudgements.Figures;

/**
 * The offline grader on the tenth frozen blind interview set, {@code src/test/resources/blind/grader-interviews-10/}
 * (set 28: 48 interviews, 2 on each of the 24 stations: an efficient student who paraphrases, asks closed, compound
 * and implicit questions, does a few items by half and writes the right diagnosis in other words (abbreviation,
 * synonym), and a weak one who leads, negates or withdraws questions, talks about topics without asking, names
 * examinations without doing them and writes a wrong diagnosis sharing words with the right one, wrong tests and an
 * unsafe plan; 792 item judgements with 144 note items; written by
 * someone who never saw the grader, frozen with SHA-256 before the first measurement; never edited here). Scored as
 * set 3 (see {@link BlindGraderInterviewsTest}).
 */
class BlindGraderInterviews10Test {

    /**
     * First measurement (6 Dec 2026, 11:40 UTC, the grader of main at b069976, unchanged): kappa 0.605 (agreement
     * 0.828, kappa on points 0.546), worst metrorragies-grossesse-fr 0.294, erreur-medicamenteuse-fr 0.345,
     * consentement-chirurgie-fr 0.392, breathlessness-en 0.464, interpreter-fever-en 0.475; by class professionalism
     * 0.118, communication 0.528, examination 0.553, clinical reasoning 0.632, history 0.637, management 0.642, notes
     * 0.681; ICC(2,1) 0.870; the evidence turn among the examiner's 353 of 383. With grader10 (the
     * note's leading diagnosis read against the station's hidden diagnosis, aliases and differentials, a contradicting
     * qualifier; designed on sets 3 to 22, set 25 held out: notes unchanged, ICC 0.662 -> 0.686): kappa 0.615 (on
     * points 0.553), notes 0.681 -> 0.733, every other class and the worst stations unchanged; ICC(2,1) 0.875. With grader11 (an examination
     * named only, refused or put off is not done; what a label forbids checked on the whole encounter; declining means
     * declining to ask or do; rubric parts where a label names several acts; designed on sets 3 to 25): kappa 0.634
     * (on points 0.569), professionalism 0.118 -> 0.700, examination 0.553 -> 0.564, erreur-medicamenteuse-fr 0.345 ->
     * 0.532; ICC(2,1) 0.878.
     * Ratchets: the measured figures, rounded down. Raise them when the grader gets better; never lower them.
     * After grader19 (notes' dangerous and deferred plans, a second diagnosis after a word of doubt, management told not
     * asked, promises): kappa 0.688 -> 0.691, ICC(2,1) 0.895 -> 0.898; floors raised to the measured figures, rounded down.
     */
    // grader12 (6 Dec 2026, measured once): kappa 0.641, ICC 0.885, worst station 0.294.
    // grader13 (6 Dec 2026): raised to the measured figures, rounded down (docs/scoring.md, grader13).
    static final double KAPPA_FLOOR = 0.69;
    static final double STATION_KAPPA_FLOOR = 0.29;
    static final double ICC_FLOOR = 0.89;

    static final Path CASES = Path.of("src/test/resources/blind/grader-interviews-10");

    @Test
    @Evaluation // an older set, tuned on: in the eval profile (see Evaluation), to keep the test command within CI's time with sets 36 to 38
    void measuresTheOfflineGraderOnTheTenthBlindSet() throws IOException {
        Measured m = BlindGraderInterviewsTest.measure(CASES, "BLIND interviews, set 28");
        assertThat(m.interviews()).isEqualTo(48);
        assertThat(m.overall().kappa()).as("overall kappa").isGreaterThanOrEqualTo(KAPPA_FLOOR);
        m.byStation().forEach((station, list) -> assertThat(Figures.of(list).kappa()).as("kappa of " + station)
                .isGreaterThanOrEqualTo(STATION_KAPPA_FLOOR));
        assertThat(m.icc()).as("ICC(2,1) of total scores").isGreaterThanOrEqualTo(ICC_FLOOR);
    }
}
