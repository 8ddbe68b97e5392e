package org.oscetrainer.patient;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.oscetrainer.Evaluation;
import org.oscetrainer.patient.BlindPatientQuestionsTest.Measured;

/**
 * The scripted patient on the sixth frozen blind set, {@code src/test/resources/blind/patient-questions-6/}
 * (set 15: 960 questions, 40 on each of the 24 stations: paraphrases with none of the script's words, clipped
 * questions, confirmations and tag questions, indirect and polite questions, self-corrections, long turns, words in
 * another sense; written by someone who never saw the matcher, frozen with its SHA-256 before the first measurement;
 * never edited here). Scored as set 2 (see {@link BlindPatientQuestionsTest}); an expected {@code a|b} is right with
 * either id.
 */
class BlindPatientQuestions6Test {

    /**
     * First measurement (5 Dec 2026, 22:35 UTC, main at the patient code of f72e2b5, unchanged): 55.2 % (530 of
     * 960), worst confusion-elderly-en and erreur-medicamenteuse-fr 42.5 %, cephalee-fr 45.0 %; by class opening
     * 20 %, relative 46.9 %, plain facts 48.1 %; 16 wrong facts on 96 unscripted questions. With matcher7 (a
     * lay/medical lexicon, English words on French stations, doses and names; designed on sets 2 to 12): 56.0 % (538),
     * 16 wrong facts.
     * With router9 (the examiner's choice of finding: what is examined, closely named, whatever the manner;
     * results asked without "you"; lay words for tests and organs; designed on sets 2, 9, 12 and 15): 57.5 % (552), 15 wrong facts.
     * Ratchets: the measured figures, rounded down. Raise them when the patient gets better; never lower them.
     */
    // router11 (a question is asked by its form; what is told around a question is context; a fear or expectation
    // asked gets the fact that voices it; designed on sets 2 to 18): 59.5 % (571), worst confusion-elderly-en 47.5 %;
    // wrong facts on unscripted questions unchanged.
    // router12 (6 Dec 2026): 59.5 -> 60.1 % (577), 15 -> 13 wrong; ratchets raised to it.
    static final double OVERALL_FLOOR = 0.6;
    static final double STATION_FLOOR = 0.47;
    static final int MAX_WRONG_FACT_ON_UNSCRIPTED = 12;

    static final Path SET = Path.of("src/test/resources/blind/patient-questions-6/questions.tsv");

    @Test
    @Evaluation // an older set, tuned on: in the eval profile (see Evaluation), to keep the test command within CI's time with sets 33 and 35
    void measuresTheScriptedPatientOnTheSixthBlindSet() throws IOException {
        Measured m = BlindPatientQuestionsTest.measure(SET, "BLIND patient questions, set 15 (24 stations)", false);
        assertThat(m.questions()).isEqualTo(960);
        assertThat(m.overall().rate()).as("right overall").isGreaterThanOrEqualTo(OVERALL_FLOOR);
        m.byStation().forEach((s, t) -> assertThat(t.rate()).as("right on " + s).isGreaterThanOrEqualTo(STATION_FLOOR));
        assertThat(m.unscriptedSafe().total - m.unscriptedSafe().right).as("wrong facts given to unscripted questions")
                .isLessThanOrEqualTo(MAX_WRONG_FACT_ON_UNSCRIPTED);
    }
}
