package org.oscetrainer.patient;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.oscetrainer.Evaluation;
import org.oscetrainer.patient.BlindPatientQuestionsTest.Measured;

/**
 * The scripted patient on the eleventh frozen blind set, {@code src/test/resources/blind/patient-questions-11/}
 * (set 30: 960 questions, 40 on each of the 24 stations, written by someone who never saw the matcher, frozen with its
 * SHA-256 before the first measurement; never edited here; what it holds is in its README). Scored as set 2 (see
 * {@link BlindPatientQuestionsTest}); an expected {@code a|b} is right with either id, {@code a+b} needs both.
 */
class BlindPatientQuestions11Test {

    /**
     * First measurement (6 Dec 2026, 14:52 UTC, the patient code of main at 0ad9787, unchanged, a busy machine):
     * 66.3 % (636 of 960), scripted 68.3 %, worst chute-personne-agee-fr and consentement-chirurgie-fr 55.0 %,
     * examen-genou-fr and famille-en-colere-fr 57.5 %, annonce-cancer-fr, cephalee-fr, chest-pain-en and
     * febrile-child-en 60.0 %; by class unscripted 47.9 %, relatives 50.0 % (33 of 66), greetings 60.0 %, openings
     * 62.5 %, typos and slang 62.5 %, compound 65.0 %, plain facts 70.4 %, examination and test requests 70.8 %;
     * 20 wrong facts on 96 unscripted questions. With router13 (ward shorthand for blood tests, the whole-person
     * examination, who is asked: a parent about themselves, the patient "yourself"; greetings with "how are you";
     * designed on sets 2 to 24, set 27 held out: 74.4 -> 74.9 %): 67.5 % (648), 20 wrong facts; examination and test
     * requests 70.8 -> 75.1 %, greetings 60.0 -> 80.0 %, every other class unchanged; chute-personne-agee-fr 55.0 ->
     * 57.5 %, worst consentement-chirurgie-fr 55.0 % (unchanged).
     * Ratchets: the measured figures, rounded down. Raise them when the patient gets better; never lower them.
     */
    // router14 (6 Dec 2026, held out, run once): 67.5 % (648) unchanged, wrong facts on unscripted 20 -> 19; ratchet tightened.
    // router15 (6 Dec 2026, designed on sets 2 to 30, set 33 held out): 67.5 -> 68.3 % (656), wrong facts on unscripted 19 -> 14; ratchets tightened.
    static final double OVERALL_FLOOR = 0.68;
    static final double STATION_FLOOR = 0.55;
    static final int MAX_WRONG_FACT_ON_UNSCRIPTED = 14;

    static final Path SET = Path.of("src/test/resources/blind/patient-questions-11/questions.tsv");

    @Test
    @Evaluation // an older set, tuned on: in the eval profile (see Evaluation), to keep the test command within CI's time with sets 39 to 41
    void measuresTheScriptedPatientOnTheEleventhBlindSet() throws IOException {
        Measured m = BlindPatientQuestionsTest.measure(SET, "BLIND patient questions, set 30 (24 stations)", false);
        assertThat(m.questions()).isEqualTo(960);
        assertThat(m.overall().rate()).as("right overall").isGreaterThanOrEqualTo(OVERALL_FLOOR);
        m.byStation().forEach((s, t) -> assertThat(t.rate()).as("right on " + s).isGreaterThanOrEqualTo(STATION_FLOOR));
        assertThat(m.unscriptedSafe().total - m.unscriptedSafe().right).as("wrong facts given to unscripted questions")
                .isLessThanOrEqualTo(MAX_WRONG_FACT_ON_UNSCRIPTED);
    }
}
