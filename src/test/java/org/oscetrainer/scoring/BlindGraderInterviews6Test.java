package org.oscetrainer.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.oscetrainer.Evaluation;
import org.oscetrainer.scoring.BlindGraderInterviewsTest.Measured;
import org.oscetrainer.scoring.ItemJudgements.Figures;

/**
 * The offline grader on the sixth frozen blind interview set, {@code src/test/resources/blind/grader-interviews-6/}
 * (set 16: 48 interviews, 2 on each of the 24 stations, 792 item judgements with 144 note items and 162
 * communication or professionalism items; written by someone who never saw the grader, with set 13's labelling
 * conventions and new ones stated before labelling, frozen with SHA-256 before the first measurement; never edited
 * here). Scored as set 3 (see {@link BlindGraderInterviewsTest}).
 */
class BlindGraderInterviews6Test {

    /**
     * First measurement (5 Dec 2026, 22:35 UTC, the grader of f72e2b5, unchanged): kappa 0.667, worst
     * erreur-medicamenteuse-fr 0.320, chest-pain-en 0.324, annonce-cancer-fr 0.372; professionalism 0.400, management
     * 0.533, notes 0.571; ICC(2,1) 0.954. With grader6 (items' elements, rhetorical questions, faults, closed checks,
     * notes without headings and abbreviations; designed on sets 3 to 13): kappa 0.687, worst erreur-medicamenteuse-fr
     * 0.354; professionalism 0.500, notes 0.617; ICC(2,1) 0.952. grader6 was taken out again before landing: its
     * items' elements made nine rubric items impossible to earn with the rubrics' own hints (StationLibraryTest), so
     * the floors are this set's first figures.
     * With grader7 (presumed answers, closed checks of understanding, dismissals, note headings Dx/PEC, clinical
     * abbreviations, parts for three introductions): kappa 0.711, worst chest-pain-en 0.434.
     * Ratchets: the measured figures, rounded down. Raise them when the grader gets better; never lower them.
     * With grader8 (plans in lay words, denying hints, bracketed examples name their part, examinations declined,
     * put off, previewed for consent or described in plain words, harms made ordinary; 6 Dec 2026): set 16: kappa 0.711
     * -> 0.726, worst chest-pain-en 0.434, ICC(2,1) 0.955 -> 0.956.
     * With grader9 (notes and communication read by meaning): kappa 0.726 -> 0.741, worst station 0.459, ICC 0.956 -> 0.960.
     * With grader11 (6 Dec 2026): kappa 0.744 unchanged, ICC 0.960 -> 0.962.
     * After grader19 (notes' dangerous and deferred plans, a second diagnosis after a word of doubt, management told not
     * asked, promises): kappa 0.758 -> 0.761, ICC(2,1) 0.966 -> 0.969; floors raised to the measured figures, rounded down.
     */
    // grader13 (6 Dec 2026): raised to the measured figures, rounded down (docs/scoring.md, grader13).
    static final double KAPPA_FLOOR = 0.76;
    static final double STATION_KAPPA_FLOOR = 0.45;
    static final double ICC_FLOOR = 0.96;

    static final Path CASES = Path.of("src/test/resources/blind/grader-interviews-6");

    @Test
    @Evaluation // an older set, tuned on: in the eval profile (see Evaluation), to keep the test command within CI's time with sets 33 and 35
    void measuresTheOfflineGraderOnTheSixthBlindSet() throws IOException {
        Measured m = BlindGraderInterviewsTest.measure(CASES, "BLIND interviews, set 16");
        assertThat(m.interviews()).isEqualTo(48);
        assertThat(m.overall().kappa()).as("overall kappa").isGreaterThanOrEqualTo(KAPPA_FLOOR);
        m.byStation().forEach((station, list) -> assertThat(Figures.of(list).kappa()).as("kappa of " + station)
                .isGreaterThanOrEqualTo(STATION_KAPPA_FLOOR));
        assertThat(m.icc()).as("ICC(2,1) of total scores").isGreaterThanOrEqualTo(ICC_FLOOR);
    }
}
