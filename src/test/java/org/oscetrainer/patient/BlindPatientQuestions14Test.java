package org.oscetrainer.patient;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.oscetrainer.Evaluation;
import org.oscetrainer.patient.BlindPatientQuestionsTest.Measured;

/**
 * The scripted patient on the fourteenth frozen blind set, {@code src/test/resources/blind/patient-questions-14/}
 * (set 39: 960 questions, 40 on each of the 24 stations, as they arrive from speech-to-text in a spoken exam (no
 * punctuation, fillers, restarts, numbers as words), long turns that empathise before they ask, jargon and
 * abbreviations, negative and tag phrasings, the characteristics of a symptom, history questions that sound like an
 * examination, compound turns, relatives; 114 unscripted; written by someone who never saw the matcher, frozen with
 * its SHA-256 before the first measurement; never edited here; what it holds is in its README). Scored as set 2 (see
 * {@link BlindPatientQuestionsTest}); an expected {@code a+b} needs both.
 */
class BlindPatientQuestions14Test {

    /**
     * First measurement (7 Dec 2026, 01:12 UTC, the patient code of main at 70100ec, unchanged, a busy machine):
     * 80.4 % (772 of 960), scripted 81.1 %, worst famille-en-colere-fr 57.5 %, cephalee-fr, examen-genou-fr and
     * toux-nourrisson-fr 70.0 %, erreur-medicamenteuse-fr 72.5 %; by class compound 54.8 %, relatives 61.4 %,
     * unscripted examinations and tests 71.9 %, unscripted 76.8 %, openings 78.6 %, plain facts 82.4 %, greetings
     * 91.7 %, examination and test requests 93.0 %; 26 wrong facts on 114 unscripted.
     * With router16 (spoken fillers, people outside the family, openings by meaning; designed on older sets, set 36
     * held out), measured once on main after this round's merges: 80.7 % (775), 26 wrong facts (famille-en-colere-fr
     * 57.5 -> 60.0 %, compound 54.8 -> 56.2 %, greetings 91.7 -> 95.8 %).
     * With router17 (coordinated questions each answered; designed on sets 1-13, this set held out and run once by it),
     * measured on main after its merge (7 Dec 2026, 05:15 UTC): 81.3 % (780), 26 wrong facts (compound 56.2 -> 61.6 %,
     * openings 78.6 -> 85.7 %, examen-genou-fr 70.0 -> 72.5 %). On set 42, never seen by it: 70.9 -> 71.0 %.
     * With router18 (polite wrappers, regional words, a relative's life and death; designed on sets 1-14): 81.3 -> 81.7 %
     * (784), 26 -> 25 wrong facts.
     * Ratchets: the measured figures, rounded down. Raise them when the patient gets better; never lower them.
     */
    static final double OVERALL_FLOOR = 0.81;
    static final double STATION_FLOOR = 0.60;
    static final int MAX_WRONG_FACT_ON_UNSCRIPTED = 25;

    static final Path SET = Path.of("src/test/resources/blind/patient-questions-14/questions.tsv");

    @Test
    @Evaluation // an older set, tuned on (a design set of router18 and grader18): in the eval profile (see Evaluation), to keep the test command within CI's time with sets 42 to 47
    void measuresTheScriptedPatientOnTheFourteenthBlindSet() throws IOException {
        Measured m = BlindPatientQuestionsTest.measure(SET, "BLIND patient questions, set 39 (24 stations)", false);
        assertThat(m.questions()).isEqualTo(960);
        assertThat(m.overall().rate()).as("right overall").isGreaterThanOrEqualTo(OVERALL_FLOOR);
        m.byStation().forEach((s, t) -> assertThat(t.rate()).as("right on " + s).isGreaterThanOrEqualTo(STATION_FLOOR));
        assertThat(m.unscriptedSafe().total - m.unscriptedSafe().right).as("wrong facts given to unscripted questions")
                .isLessThanOrEqualTo(MAX_WRONG_FACT_ON_UNSCRIPTED);
    }
}
