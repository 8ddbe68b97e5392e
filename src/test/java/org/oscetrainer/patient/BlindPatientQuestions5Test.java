package org.oscetrainer.patient;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.oscetrainer.Evaluation;
import org.oscetrainer.patient.BlindPatientQuestionsTest.Measured;

/**
 * The scripted patient on the fifth frozen blind set, {@code src/test/resources/blind/patient-questions-5/}
 * (set 12: 960 questions, 40 on each of the 24 stations, written as students talk: whole turns with the question
 * after an empathic remark or a summary, spoken French and texting, near-miss words, ideas, concerns and
 * expectations, follow-ups, relatives; written by someone who never saw the matcher, frozen with its SHA-256
 * before the first measurement; never edited here). Scored as set 2 (see {@link BlindPatientQuestionsTest});
 * an expected {@code a|b} is right with either id.
 */
class BlindPatientQuestions5Test {

    /**
     * First measurement (5 Dec 2026, 19:08 UTC, main at 3b99667: the patient code of 3b0a029, unchanged): 62.1 %
     * (596 of 960), worst confusion-elderly-en 47.5 %, 53 wrong facts on 96 unscripted questions.
     * With matcher5 (relatives, statements, concerns, examinations without a part; designed on sets 2, 4, 7 and 9
     * only): 64.8 % (622), worst confusion-elderly-en and examen-genou-fr 50.0 %, 40 wrong facts. With matcher6 (irregular forms): 64.9 %, 40.
     * With matcher7 (lay/medical lexicon, a student switching to English, doses and names the script lacks): 69.2 %
     * (664), worst annonce-cancer-fr 55.0 %, 35 wrong facts.
     * With router9 (the examiner's choice of finding: what is examined, closely named, whatever the manner;
     * results asked without "you"; lay words for tests and organs; designed on sets 2, 9, 12 and 15): 70.3 % (675), 35 wrong facts.
     * With router10 (openings and investigations as lexicons, a greeting before a question, a relative's history not
     * the patient's own, results asked of whoever holds the file; designed on sets 2 to 18): 70.5 % (677), 33 wrong facts.
     * Ratchets: the measured figures, rounded down. Raise them when the patient gets better; never lower them.
     */
    // router11 (a question is asked by its form; what is told around a question is context; a fear or expectation
    // asked gets the fact that voices it; designed on sets 2 to 18): 72.4 % (695), worst examen-genou-fr 57.5 %;
    // wrong facts on unscripted questions unchanged.
    // router12 (6 Dec 2026): 72.4 -> 73.3 % (704), 33 -> 32 wrong; ratchets raised to it.
    // router13 (6 Dec 2026): 73.3 -> 74.0 % (710 of 960 = 0.7396), wrong facts on unscripted unchanged; floor stays 0.73.
    // router14 (6 Dec 2026): 74.0 -> 74.2 % (712), wrong facts on unscripted 32 -> 30 (who a question is about); ratchet tightened.
    // router15 (6 Dec 2026, designed on sets 2 to 30, set 33 held out): 74.2 -> 74.5 % (715), wrong facts on unscripted 30 -> 29; ratchets tightened.
    static final double OVERALL_FLOOR = 0.74;
    static final double STATION_FLOOR = 0.62;
    static final int MAX_WRONG_FACT_ON_UNSCRIPTED = 26;

    static final Path SET = Path.of("src/test/resources/blind/patient-questions-5/questions.tsv");

    @Test
    @Evaluation // an older set, tuned on: in the eval profile (see Evaluation), to keep the test command within CI's time with sets 33 and 35
    void measuresTheScriptedPatientOnTheFifthBlindSet() throws IOException {
        Measured m = BlindPatientQuestionsTest.measure(SET, "BLIND patient questions, set 12 (24 stations)");
        assertThat(m.questions()).isEqualTo(960);
        assertThat(m.overall().rate()).as("right overall").isGreaterThanOrEqualTo(OVERALL_FLOOR);
        m.byStation().forEach((s, t) -> assertThat(t.rate()).as("right on " + s).isGreaterThanOrEqualTo(STATION_FLOOR));
        assertThat(m.unscriptedSafe().total - m.unscriptedSafe().right).as("wrong facts given to unscripted questions")
                .isLessThanOrEqualTo(MAX_WRONG_FACT_ON_UNSCRIPTED);
    }
}
