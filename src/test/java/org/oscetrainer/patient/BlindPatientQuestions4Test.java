package org.oscetrainer.patient;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.oscetrainer.Evaluation;
import org.oscetrainer.patient.BlindPatientQuestionsTest.Measured;

/**
 * The scripted patient on the third frozen blind set, {@code src/test/resources/blind/patient-questions-4/}
 * (set 9: 1,048 questions on all 24 stations, the hard classes labelled: unscripted examinations, examinations
 * described, compound and "X or Y" questions, a relative's history, statements on the communication
 * stations; written by someone who never saw the matcher,
 * frozen with its SHA-256 before the first measurement; never edited here). Scored as set 2 (see
 * {@link BlindPatientQuestionsTest}); an expected {@code a|b} is right with either id.
 */
class BlindPatientQuestions4Test {

    /**
     * First measurement (5 Dec 2026, main at 76cb450, matcher unchanged): 78.0 % overall, worst
     * examen-genou-fr 58.5 %, 33 wrong facts on 96 unscripted questions. Compound and "X or Y" questions
     * ({@code a|b}) count as right with either part. After matcher4 (kinds of examination request, alternatives,
     * opening facts; measured once, after the design was settled): 79.1 %, worst erreur-medicamenteuse-fr 60.0 %,
     * 32 wrong facts. After matcher5 (someone else's answer, statements, concerns, long questions, openings; its
     * misses read while designing, so no longer unseen): 81.5 %, worst erreur-medicamenteuse-fr 65.0 %, 21 wrong facts.
     * With matcher7 (lay/medical lexicon; doses and names the script lacks; 5 Dec 2026): 82.8 %, 20 wrong facts.
     * With router9 (the examiner's choice of finding; results asked without "you"; 6 Dec 2026): 82.9 %, 20 wrong facts.
     */
    /** Ratchets: the measured figures, rounded down. Raise them when the patient gets better; never lower them. */
    // router11 (a question is asked by its form; what is told around a question is context; a fear or expectation
    // asked gets the fact that voices it; designed on sets 2 to 18): 83.1 % (871), worst erreur-medicamenteuse-fr 65.0 %;
    // wrong facts on unscripted questions unchanged.
    // router12 (6 Dec 2026): 83.1 -> 83.5 % (875), 20 wrong; ratchets raised to it.
    // router13 (6 Dec 2026): 83.5 -> 84.1 % (881), wrong facts on unscripted unchanged; ratchet raised to it.
    // router14 (6 Dec 2026): 84.1 -> 84.2 % (882), wrong facts on unscripted 20 -> 19 (who a question is about); ratchet tightened.
    static final double OVERALL_FLOOR = 0.84;
    static final double STATION_FLOOR = 0.65;
    static final int MAX_WRONG_FACT_ON_UNSCRIPTED = 17;

    static final Path SET = Path.of("src/test/resources/blind/patient-questions-4/questions.tsv");

    @Test
    @Evaluation // an older set, tuned on: in the eval profile (see Evaluation), to keep the test command within CI's time with sets 33 and 35
    void measuresTheScriptedPatientOnTheFourthBlindSet() throws IOException {
        Measured m = BlindPatientQuestionsTest.measure(SET, "BLIND patient questions, set 9 (24 stations)");
        assertThat(m.questions()).isEqualTo(1048);
        assertThat(m.overall().rate()).as("right overall").isGreaterThanOrEqualTo(OVERALL_FLOOR);
        m.byStation().forEach((s, t) -> assertThat(t.rate()).as("right on " + s).isGreaterThanOrEqualTo(STATION_FLOOR));
        assertThat(m.unscriptedSafe().total - m.unscriptedSafe().right).as("wrong facts given to unscripted questions")
                .isLessThanOrEqualTo(MAX_WRONG_FACT_ON_UNSCRIPTED);
    }
}
