package org.oscetrainer.patient;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.oscetrainer.Evaluation;
import org.oscetrainer.patient.BlindPatientQuestionsTest.Measured;

/**
 * The scripted patient on the ninth frozen blind set, {@code src/test/resources/blind/patient-questions-9/}
 * (set 24: 960 questions, 40 on each of the 24 stations: paraphrases, colloquial and clipped speech, typos and
 * unaccented French, relatives, questions put to a proxy, negative questions, examinations described or named as
 * manoeuvres, tests in lab slang, compound turns, ideas/concerns/expectations, unscripted; written by someone who
 * never saw the matcher, frozen with its SHA-256 before the first measurement; never edited here). Scored as set 2
 * (see {@link BlindPatientQuestionsTest}); an expected {@code a|b} is right with either id, {@code a+b} needs both.
 */
class BlindPatientQuestions9Test {

    /**
     * First measurement (6 Dec 2026, 08:27 UTC, the patient code of main at 63c7fa0, unchanged, a busy machine):
     * 70.4 % (676 of 960), scripted 70.1 %, worst consentement-chirurgie-fr 55.0 %, examen-genou-fr and
     * famille-en-colere-fr 57.5 %, erreur-medicamenteuse-fr 60.0 %; by class opening 42.9 % (3 of 7), relatives 60.4 %,
     * compound 68.4 %, unscripted examinations 69.6 %, plain facts 70.1 %, typos and slang 72.0 %, examination and
     * test requests 73.1 %, unscripted 74.0 %, greetings 78.9 %; 25 wrong facts on 96 unscripted questions. With
     * router11 (a question told from a statement by its form, what is said around a question kept as context, a fear
     * or expectation asked of a station without a concerns fact; designed on sets 2 to 18, set 21 held out: 71.5 ->
     * 73.9 %): 70.6 % (678), erreur-medicamenteuse-fr 60.0 -> 62.5 %, toux-nourrisson-fr 72.5 -> 75.0 %, plain facts
     * 70.1 -> 70.3 %, examination and test requests 73.1 -> 73.6 %, every other station and class unchanged; 25
     * wrong facts on 96 unscripted questions.
     * Ratchets: the measured figures, rounded down. Raise them when the patient gets better; never lower them.
     */
    // router12 (6 Dec 2026): 70.6 -> 71.8 % (689), 25 -> 22 wrong; ratchets raised to it.
    // router13 (6 Dec 2026): 71.8 -> 72.3 % (694), wrong facts on unscripted unchanged; ratchet raised to it.
    // router14 (6 Dec 2026): 72.3 % (694) unchanged, wrong facts on unscripted 22 -> 21 (who a question is about); ratchet tightened.
    // router15 (6 Dec 2026, designed on sets 2 to 30, set 33 held out): 72.3 -> 72.5 % (696), wrong facts on unscripted 21 -> 20; ratchet tightened.
    // router24 (session 39): measured 73.1 % (702), 19 wrong facts on 96 unscripted; the ceiling tightened 20 -> 19.
    static final double OVERALL_FLOOR = 0.72;
    static final double STATION_FLOOR = 0.55;
    static final int MAX_WRONG_FACT_ON_UNSCRIPTED = 19;

    static final Path SET = Path.of("src/test/resources/blind/patient-questions-9/questions.tsv");

    @Test
    @Evaluation // an older set, tuned on: in the eval profile (see Evaluation), to keep the test command within CI's time with sets 36 to 38
    void measuresTheScriptedPatientOnTheNinthBlindSet() throws IOException {
        Measured m = BlindPatientQuestionsTest.measure(SET, "BLIND patient questions, set 24 (24 stations)", false);
        assertThat(m.questions()).isEqualTo(960);
        assertThat(m.overall().rate()).as("right overall").isGreaterThanOrEqualTo(OVERALL_FLOOR);
        m.byStation().forEach((s, t) -> assertThat(t.rate()).as("right on " + s).isGreaterThanOrEqualTo(STATION_FLOOR));
        assertThat(m.unscriptedSafe().total - m.unscriptedSafe().right).as("wrong facts given to unscripted questions")
                .isLessThanOrEqualTo(MAX_WRONG_FACT_ON_UNSCRIPTED);
    }
}
