package org.oscetrainer.patient;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.oscetrainer.Evaluation;
import org.oscetrainer.patient.BlindPatientQuestionsTest.Measured;

/**
 * The scripted patient on the sixteenth frozen blind set, {@code src/test/resources/blind/patient-questions-16/}
 * (set 45: 960 questions, 40 on each of the 24 stations, as a hurried student types them in a chat box: typos, no
 * accents, texting abbreviations, written jargon and abbreviations, the reason first, why-questions, ideas, concerns
 * and expectations, questions to the proxy, relatives, double negatives, a summary then a question, examination and
 * test requests in new words, compound turns; 115 unscripted; written by someone who never saw the matcher, frozen
 * with its SHA-256 before the first measurement; never edited here; what it holds is in its README). Scored as set 2
 * (see {@link BlindPatientQuestionsTest}); an expected {@code a+b} needs both.
 */
class BlindPatientQuestions16Test {

    /**
     * First measurement (7 Dec 2026, 07:13 UTC, the patient code of main at b8b0a42, unchanged, a machine busy with
     * eight helper sessions): 72.8 % (699 of 960), scripted 74.6 %, worst famille-en-colere-fr 50.0 %,
     * insomnie-fatigue-fr 60.0 %, annonce-cancer-fr 65.0 %, abdominal-pain-en, cephalee-fr, chute-personne-agee-fr and
     * medication-history-en 67.5 %; by class compound 31.1 % (23 of 74), relatives 52.0 %, unscripted 60.0 %, openings
     * 75.0 %, plain facts 77.3 %, typos and slang 77.8 %, greetings 79.2 %, examination and test requests 88.9 %; 25
     * wrong facts on 115 unscripted.
     * After router18 (polite wrappers, regional words, a relative's life and death; never saw this set), on main at
     * its merge: 72.9 % (700), 25 wrong facts (relatives 52.0 -> 56.0 %; every other class unchanged).
     * After router19 (a question read with the turns before it; no history, no change; never saw this set), on main at
     * its merge: 73.3 % (704), 25 wrong facts (typed shorthand « qd », « bcp », « tjs », "n" and "&" for "and").
     * Measured by router24 (session 39, after its change; a design set): 73.5 % (706), 23 wrong facts on 115 unscripted;
     * the ceiling tightened 25 -> 23 to the figure measured.
     * Ratchets: the measured figures, rounded down. Raise them when the patient gets better; never lower them.
     */
    static final double OVERALL_FLOOR = 0.73;
    static final double STATION_FLOOR = 0.50;
    static final int MAX_WRONG_FACT_ON_UNSCRIPTED = 23;

    static final Path SET = Path.of("src/test/resources/blind/patient-questions-16/questions.tsv");

    @Test
    @Evaluation // measured (held out by router19/grader19/guard17/benign17, then a design set of router20, grader20, guard18 and benign18): in the eval profile (see Evaluation), to keep the test command within CI's time with sets 48 to 53
    void measuresTheScriptedPatientOnTheSixteenthBlindSet() throws IOException {
        Measured m = BlindPatientQuestionsTest.measure(SET, "BLIND patient questions, set 45 (24 stations)", false);
        assertThat(m.questions()).isEqualTo(960);
        assertThat(m.overall().rate()).as("right overall").isGreaterThanOrEqualTo(OVERALL_FLOOR);
        m.byStation().forEach((s, t) -> assertThat(t.rate()).as("right on " + s).isGreaterThanOrEqualTo(STATION_FLOOR));
        assertThat(m.unscriptedSafe().total - m.unscriptedSafe().right).as("wrong facts given to unscripted questions")
                .isLessThanOrEqualTo(MAX_WRONG_FACT_ON_UNSCRIPTED);
    }
}
