package org.oscetrainer.patient;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.oscetrainer.Evaluation;
import org.oscetrainer.patient.BlindPatientQuestionsTest.Measured;

/**
 * The scripted patient on the fifteenth frozen blind set, {@code src/test/resources/blind/patient-questions-15/}
 * (set 42: 960 questions, 40 on each of the 24 stations: clipped questions as tired students ask them, polite,
 * indirect and hedged forms, statements awaiting confirmation, regional and non-native French and English, the
 * patient's own words or "it"/"that" asked back, time and sequence, compound turns, relatives, examination and test
 * requests; 115 unscripted; written by someone who never saw the matcher, frozen with its SHA-256 before the first
 * measurement; never edited here; what it holds is in its README). Scored as set 2 (see
 * {@link BlindPatientQuestionsTest}); an expected {@code a+b} needs both.
 */
class BlindPatientQuestions15Test {

    /**
     * First measurement (7 Dec 2026, 04:05 UTC, the patient code of main at 6c136b1, unchanged, a busy machine):
     * 70.9 % (681 of 960), scripted 70.4 %, worst erreur-medicamenteuse-fr 52.5 %, cephalee-fr, confusion-elderly-en,
     * examen-genou-fr and famille-en-colere-fr 60.0 %, insomnie-fatigue-fr 62.5 %; by class openings 11.1 % (1 of 9),
     * relatives 59.6 %, greetings 62.5 %, plain facts 69.8 %, unscripted 71.1 %, compound 75.0 %, examination and test
     * requests 84.4 %, unscripted examinations and tests 84.4 %; 26 wrong facts on 115 unscripted.
     * After router17 (coordinated questions; never saw this set), on main at 9122f72: 71.0 % (682), 26 wrong facts
     * (compound 75.0 -> 76.3 %; every other class unchanged).
     * Ratchets: the measured figures, rounded down. Raise them when the patient gets better; never lower them.
     */
    static final double OVERALL_FLOOR = 0.70;
    static final double STATION_FLOOR = 0.52;
    static final int MAX_WRONG_FACT_ON_UNSCRIPTED = 26;

    static final Path SET = Path.of("src/test/resources/blind/patient-questions-15/questions.tsv");

    @Test
    @Evaluation // an older set, tuned on (a design set of router19, grader19, guard17 and benign17): in the eval profile (see Evaluation), to keep the test command within CI's time with sets 45 to 50
    void measuresTheScriptedPatientOnTheFifteenthBlindSet() throws IOException {
        Measured m = BlindPatientQuestionsTest.measure(SET, "BLIND patient questions, set 42 (24 stations)", false);
        assertThat(m.questions()).isEqualTo(960);
        assertThat(m.overall().rate()).as("right overall").isGreaterThanOrEqualTo(OVERALL_FLOOR);
        m.byStation().forEach((s, t) -> assertThat(t.rate()).as("right on " + s).isGreaterThanOrEqualTo(STATION_FLOOR));
        assertThat(m.unscriptedSafe().total - m.unscriptedSafe().right).as("wrong facts given to unscripted questions")
                .isLessThanOrEqualTo(MAX_WRONG_FACT_ON_UNSCRIPTED);
    }
}
