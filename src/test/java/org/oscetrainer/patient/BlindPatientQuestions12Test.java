package org.oscetrainer.patient;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.oscetrainer.Evaluation;
import org.oscetrainer.patient.BlindPatientQuestionsTest.Measured;

/**
 * The scripted patient on the twelfth frozen blind set, {@code src/test/resources/blind/patient-questions-12/}
 * (set 33: 960 questions, 40 on each of the 24 stations, weighted to relatives and proxies, questions asked by
 * their purpose or consequence and compound turns, written by someone who never saw the matcher, frozen with its
 * SHA-256 before the first measurement; never edited here; what it holds is in its README). Scored as set 2 (see
 * {@link BlindPatientQuestionsTest}); an expected {@code a|b} is right with either id, {@code a+b} needs both.
 */
class BlindPatientQuestions12Test {

    /**
     * First measurement (6 Dec 2026, 18:20 UTC, the patient code of main at d326d7d, unchanged, a busy machine):
     * 61.6 % (591 of 960), scripted 62.8 %, worst chute-personne-agee-fr, examen-genou-fr and insomnie-fatigue-fr
     * 47.5 %, famille-en-colere-fr 52.5 %, abdominal-pain-en, breathlessness-en and cardiovascular-exam-en 55.0 %;
     * by class openings 43.8 %, unscripted 50.0 %, relatives 50.5 %, compound 62.5 %, plain facts (most asked
     * indirectly) 63.7 %, examination and test requests 66.3 %, greetings 80.8 %; 25 wrong facts on 96 unscripted.
     * With router14 (who a question is about: a named relative, the patient spoken of by a proxy, relatives by first
     * name; ages, times and counts need a fact that gives one; designed on sets 2 to 27, set 30 held out: 67.5 %
     * unchanged, 20 -> 19 wrong facts), measured once on main at 9c0f7fb: 61.8 % (593), 23 wrong facts on 96
     * unscripted (unscripted 50.0 -> 52.1 %, erreur-medicamenteuse-fr 57.5 -> 60.0 %, febrile-child-en 62.5 ->
     * 65.0 %; every other station and class unchanged).
     * Ratchets: the measured figures, rounded down. Raise them when the patient gets better; never lower them.
     */
    // router15 (6 Dec 2026, held out, run once on the final code): 61.8 -> 61.9 % (594), wrong facts on unscripted
    // 23 -> 21; wrong-fact ratchet tightened to the measured figure, nothing else changed after the run.
    static final double OVERALL_FLOOR = 0.62;
    static final double STATION_FLOOR = 0.47;
    static final int MAX_WRONG_FACT_ON_UNSCRIPTED = 21;

    static final Path SET = Path.of("src/test/resources/blind/patient-questions-12/questions.tsv");

    @Test
    @Evaluation // an older set, tuned on: in the eval profile (see Evaluation), to keep the test command within CI's time with sets 39 to 41
    void measuresTheScriptedPatientOnTheTwelfthBlindSet() throws IOException {
        Measured m = BlindPatientQuestionsTest.measure(SET, "BLIND patient questions, set 33 (24 stations)", false);
        assertThat(m.questions()).isEqualTo(960);
        assertThat(m.overall().rate()).as("right overall").isGreaterThanOrEqualTo(OVERALL_FLOOR);
        m.byStation().forEach((s, t) -> assertThat(t.rate()).as("right on " + s).isGreaterThanOrEqualTo(STATION_FLOOR));
        assertThat(m.unscriptedSafe().total - m.unscriptedSafe().right).as("wrong facts given to unscripted questions")
                .isLessThanOrEqualTo(MAX_WRONG_FACT_ON_UNSCRIPTED);
    }
}
