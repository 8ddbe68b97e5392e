package org.oscetrainer.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.oscetrainer.scoring.BlindGraderInterviewsTest.Measured;
import org.oscetrainer.scoring.ItemJudgements.Figures;

/**
 * The offline grader on the nineteenth frozen blind interview set, {@code src/test/resources/blind/grader-interviews-19/}
 * (set 56: 48 interviews, 2 on each of the 24 stations: an open-question student — few closed questions, the patient's
 * long replies (several script texts joined) disclose many items, summaries, strong empathy and signposting, a note in
 * full prose with tests and plan in plain words — and an anchored student — a wrong diagnosis early, leading and closed
 * questions, negations, their own relatives' illnesses, jargon, examinations mid-history, a note with a wrong first
 * diagnosis and a harmful plan step; written by someone who never saw the grader, frozen with SHA-256 before the first
 * measurement; never edited here). Scored as set 3 (see {@link BlindGraderInterviewsTest}).
 */
class BlindGraderInterviews19Test {

    /**
     * First measurement: see the constants below (filled in after the first run).
     * Ratchets: the measured figures, rounded down. Raise them when the grader gets better; never lower them.
     */
    static final double KAPPA_FLOOR = 0.0;
    static final double STATION_KAPPA_FLOOR = -1.0;
    static final double ICC_FLOOR = -1.0;

    static final Path CASES = Path.of("src/test/resources/blind/grader-interviews-19");

    @Test
    void measuresTheOfflineGraderOnTheNineteenthBlindSet() throws IOException {
        Measured m = BlindGraderInterviewsTest.measure(CASES, "BLIND interviews, set 56");
        assertThat(m.interviews()).isEqualTo(48);
        assertThat(m.overall().kappa()).as("overall kappa").isGreaterThanOrEqualTo(KAPPA_FLOOR);
        m.byStation().forEach((station, list) -> assertThat(Figures.of(list).kappa()).as("kappa of " + station)
                .isGreaterThanOrEqualTo(STATION_KAPPA_FLOOR));
        assertThat(m.icc()).as("ICC(2,1) of total scores").isGreaterThanOrEqualTo(ICC_FLOOR);
    }
}
