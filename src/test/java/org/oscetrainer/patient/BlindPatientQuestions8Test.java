package org.oscetrainer.patient;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.oscetrainer.Evaluation;
import org.oscetrainer.patient.BlindPatientQuestionsTest.Measured;

/**
 * The scripted patient on the eighth frozen blind set, {@code src/test/resources/blind/patient-questions-8/}
 * (set 21: 960 questions, 40 on each of the 24 stations, by class: paraphrases, examinations described or named as
 * manoeuvres, tests, lead-ins, statements, ideas/concerns/expectations, indirect questions, relatives, follow-ups,
 * near misses that share a fact's words, lifestyle, unscripted; written by someone who never saw the matcher, frozen
 * with its SHA-256 before the first measurement; never edited here). Scored as set 2 (see
 * {@link BlindPatientQuestionsTest}); an expected {@code a|b} is right with either id, {@code a+b} needs both.
 */
class BlindPatientQuestions8Test {

    /**
     * First measurement (6 Dec 2026, 05:16 UTC, the patient code of main at ef4df7a, unchanged, a busy machine):
     * 69.6 % (668 of 960), worst famille-en-colere-fr 52.5 %, examen-genou-fr and febrile-child-en 57.5 %,
     * erreur-medicamenteuse-fr 62.5 %; by class opening 23.1 % (3 of 13), unscripted examinations 36.0 %, relatives
     * 62.1 %, typos and slang 65.2 %, plain facts 66.7 %, compound 70.0 %, examination and test requests 82.4 %; 27
     * wrong facts on 96 unscripted questions. With router10 (openings and greetings said differently, a relative's
     * history kept apart from the patient's, test names the station lacks sent to the examiner, results asked of
     * the examiner; designed on sets 2 to 18, where set 18 went 68.6 -> 72.8 %): 71.5 % (686), worst
     * famille-en-colere-fr 52.5 %, febrile-child-en 57.5 %, examen-genou-fr 60.0 %; opening 23.1 -> 69.2 %,
     * unscripted examinations 36.0 -> 56.0 %, relatives 62.1 -> 69.0 %, greetings 87.5 -> 100 %, plain facts 66.7
     * -> 67.9 %; lower: examination and test requests 82.4 -> 81.9 %, unscripted 81.7 -> 78.9 %, cephalee-fr 75.0
     * -> 72.5 %; 26 wrong facts on 96 unscripted questions (27 before).
     * Ratchets: the measured figures, rounded down. Raise them when the patient gets better; never lower them.
     */
    // router11 (a question is asked by its form; what is told around a question is context; a fear or expectation
    // asked gets the fact that voices it; designed on sets 2 to 18): 73.9 % (709), worst famille-en-colere-fr 52.5 %; measured once, after the design was committed (held out);
    // wrong facts on unscripted questions unchanged.
    // router12 (6 Dec 2026): 73.9 -> 74.6 % (716), 26 -> 24 wrong; ratchets raised to it.
    // router14 (6 Dec 2026): 74.7 -> 75.0 % (720), wrong facts on unscripted 24 -> 21 (who a question is about); ratchet tightened.
    // router15 (6 Dec 2026, designed on sets 2 to 30, set 33 held out): 75.0 -> 75.4 % (724), wrong facts 21 unchanged; overall ratchet tightened.
    static final double OVERALL_FLOOR = 0.75;
    static final double STATION_FLOOR = 0.52;
    static final int MAX_WRONG_FACT_ON_UNSCRIPTED = 20;

    static final Path SET = Path.of("src/test/resources/blind/patient-questions-8/questions.tsv");

    @Test
    @Evaluation // an older set, tuned on: in the eval profile (see Evaluation), to keep the test command within CI's time with sets 33 and 35
    void measuresTheScriptedPatientOnTheEighthBlindSet() throws IOException {
        Measured m = BlindPatientQuestionsTest.measure(SET, "BLIND patient questions, set 21 (24 stations)", false);
        assertThat(m.questions()).isEqualTo(960);
        assertThat(m.overall().rate()).as("right overall").isGreaterThanOrEqualTo(OVERALL_FLOOR);
        m.byStation().forEach((s, t) -> assertThat(t.rate()).as("right on " + s).isGreaterThanOrEqualTo(STATION_FLOOR));
        assertThat(m.unscriptedSafe().total - m.unscriptedSafe().right).as("wrong facts given to unscripted questions")
                .isLessThanOrEqualTo(MAX_WRONG_FACT_ON_UNSCRIPTED);
    }
}
