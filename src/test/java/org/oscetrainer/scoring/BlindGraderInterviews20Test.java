package org.oscetrainer.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.oscetrainer.Evaluation;
import org.oscetrainer.scoring.BlindGraderInterviewsTest.Measured;
import org.oscetrainer.scoring.ItemJudgements.Figures;

/**
 * The offline grader on the twentieth frozen blind interview set, {@code src/test/resources/blind/grader-interviews-20/}
 * (set 59: 48 interviews, 2 on each of the 24 stations: a summariser — clusters of short closed questions, items covered
 * by summarising back and asking the patient to confirm, a telegraphic note in abbreviations with a ranked differential
 * and half-right plans — and a student who runs out of time — thorough at first, then items asked in one breath, an
 * examination partly done, no plan said, the encounter cut mid-question, a short note with a plausible differential
 * first; written by someone who never saw the grader, frozen with SHA-256 before the first measurement; never edited
 * here). Scored as set 3 (see {@link BlindGraderInterviewsTest}).
 */
class BlindGraderInterviews20Test {

    /**
     * First measurement (7 Dec 2026, 20:55 UTC, the grader of main at 9fffcbb, unchanged, a machine busy with eight
     * helper sessions): kappa 0.692 (agreement 0.898, kappa on points 0.673), ICC(2,1) 0.923; worst low-mood-en 0.420,
     * chute-personne-agee-fr 0.429, missed-periods-en 0.444, breathlessness-en 0.470, douleur-lombaire-fr 0.500; by class
     * note 0.600 (kappa on points 0.444), history 0.602, management 0.738, communication 0.790, clinical reasoning 0.803,
     * examination 0.807. After this round's merges (grader22: plans in general words given part of their points,
     * `StudentSentences` split; never saw this set), on the merged code: unchanged, kappa 0.692, ICC 0.923 (grader22
     * alone gave cephalee-fr-02's plan « PL, antalgiques, aspirine IV » 1 where its examiner gave 0: 0.688; fixed at the
     * merge — a plan doing what the key forbids is not partly right). Held out by this round's helpers (session 39),
     * measured once on the merged code (grader23: an item asked by an open question and answered by the patient's next
     * reply; its review fix grader23b): kappa **0.700** (agreement 0.902), ICC(2,1) **0.920** (0.9199: below its floor
     * of 0.92, lowered to 0.91 by the lead and said here); worst chute-personne-agee-fr 0.429, missed-periods-en 0.444,
     * breathlessness-en and low-mood-en 0.470 (low-mood-en 0.420 before). Ratchets: the measured figures, rounded down. Raise them when the grader gets better; never
     * lower them.
     */
    static final double KAPPA_FLOOR = 0.70;
    static final double STATION_KAPPA_FLOOR = 0.41; // low-mood-en measured 0.4198
    static final double ICC_FLOOR = 0.91;

    static final Path CASES = Path.of("src/test/resources/blind/grader-interviews-20");

    @Test
    @Evaluation // measured (held out by this round's helpers, then once): in the eval profile (see Evaluation); the test command keeps the newest set of each kind (60 to 62) to stay within CI's 30 minutes
    void measuresTheOfflineGraderOnTheTwentiethBlindSet() throws IOException {
        Measured m = BlindGraderInterviewsTest.measure(CASES, "BLIND interviews, set 59");
        assertThat(m.interviews()).isEqualTo(48);
        assertThat(m.overall().kappa()).as("overall kappa").isGreaterThanOrEqualTo(KAPPA_FLOOR);
        m.byStation().forEach((station, list) -> assertThat(Figures.of(list).kappa()).as("kappa of " + station)
                .isGreaterThanOrEqualTo(STATION_KAPPA_FLOOR));
        assertThat(m.icc()).as("ICC(2,1) of total scores").isGreaterThanOrEqualTo(ICC_FLOOR);
    }
}
