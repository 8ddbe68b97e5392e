package org.oscetrainer.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.oscetrainer.Evaluation;
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
     * First measurement (7 Dec 2026, 18:15 UTC, the grader of main at 1ae05ab, unchanged, a machine busy with eight
     * helper sessions): kappa 0.689 (agreement 0.855, kappa on points 0.642), ICC(2,1) 0.880; worst douleur-lombaire-fr
     * 0.436, chute-personne-agee-fr 0.450, breathlessness-en 0.478, insomnie-fatigue-fr 0.488; by class history 0.590,
     * note 0.601, management 0.617, examination 0.769, professionalism 0.798, communication 0.801, clinical reasoning
     * 0.880. After this round's merges (grader21: a thin summary in the student's own words half right, terse parts of
     * chained questions, an apology opening a sentence is an aside; never saw this set), on main at the merge: kappa
     * 0.706 (agreement 0.864), ICC(2,1) 0.879; note 0.702, management 0.661, history 0.596; the stations unchanged.
     * Held out by this round's helpers (session 38), measured once on the merged code (grader22): unchanged, kappa
     * 0.706, ICC(2,1) 0.879. Ratchets: the measured figures, rounded down. Raise them when the grader gets better; never lower them.
     */
    // grader23 (session 39): raised to the measured figures, rounded down (an item asked by an open question and answered).
    // grader23b (session 39, the review's fix): the rule never credits a critical item, the opening question or "what
    // else?" (a critical item is the descriptor's to decide; "what else?" asks for nothing in particular): kappa 0.751 ->
    // 0.746, ICC 0.923 -> 0.916; floors lowered to those, rounded down, by the lead (still above main's 0.706 / 0.879).
    static final double KAPPA_FLOOR = 0.74;
    static final double STATION_KAPPA_FLOOR = 0.48; // insomnie-fatigue-fr measured 0.488 (douleur-lombaire-fr 0.436 before grader23)
    static final double ICC_FLOOR = 0.91;

    static final Path CASES = Path.of("src/test/resources/blind/grader-interviews-19");

    @Test
    @Evaluation // measured (held out by this round's helpers, then once): in the eval profile (see Evaluation); the test command keeps the newest set of each kind (57 to 59) to stay within CI's 30 minutes
    void measuresTheOfflineGraderOnTheNineteenthBlindSet() throws IOException {
        Measured m = BlindGraderInterviewsTest.measure(CASES, "BLIND interviews, set 56");
        assertThat(m.interviews()).isEqualTo(48);
        assertThat(m.overall().kappa()).as("overall kappa").isGreaterThanOrEqualTo(KAPPA_FLOOR);
        m.byStation().forEach((station, list) -> assertThat(Figures.of(list).kappa()).as("kappa of " + station)
                .isGreaterThanOrEqualTo(STATION_KAPPA_FLOOR));
        assertThat(m.icc()).as("ICC(2,1) of total scores").isGreaterThanOrEqualTo(ICC_FLOOR);
    }
}
