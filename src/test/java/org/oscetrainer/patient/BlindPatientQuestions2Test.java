package org.oscetrainer.patient;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.oscetrainer.Evaluation;
import org.oscetrainer.patient.BlindPatientQuestionsTest.Measured;

/**
 * The scripted patient on the second frozen blind set, {@code src/test/resources/blind/patient-questions-2/}
 * (1,156 questions on all 24 stations, written by someone who never saw the matcher, frozen with its
 * SHA-256 before the first measurement; never edited here). Scored as set 2 (see
 * {@link BlindPatientQuestionsTest}); figures per station and per class, worst first, and every miss.
 */
class BlindPatientQuestions2Test {

    /**
     * First measurement (5 Dec 2026, main at 72688c2): 84.9 % overall, worst chute-personne-agee-fr 71.2 %,
     * 17 wrong facts. With the matcher's precision ({@code Focus}) and authoring2's phrasings: 88.6 %, worst
     * consentement-chirurgie-fr 77.3 %, 13 wrong facts. With the kinds of examination request (by hand, by ear,
     * by gesture), the alternatives of a question and the opening fact named by its phrasing (matcher4):
     * 89.8 %, worst consentement-chirurgie-fr 79.5 %, 9 wrong facts. After matcher5 (someone else's answer, statements,
     * concerns, long questions): 90.2 %, worst famille-en-colere-fr 83.7 %, 9 wrong facts.
     */
    /** Ratchets: the measured figures, rounded down. Raise them when the patient gets better; never lower them. */
    // router12 (6 Dec 2026): 90.9 -> 91.2 % (1054), 9 wrong; ratchets raised to it.
    // router15 (6 Dec 2026, designed on sets 2 to 30, set 33 held out): 91.6 -> 91.7 % (1060), worst station 86.0 %, wrong facts 9 unchanged; station floor tightened.
    static final double OVERALL_FLOOR = 0.91;
    static final double STATION_FLOOR = 0.86;
    static final int MAX_WRONG_FACT_ON_UNSCRIPTED = 9;

    static final Path SET = Path.of("src/test/resources/blind/patient-questions-2/questions.tsv");

    @Test
    @Evaluation // an older set, tuned on: in the eval profile (see Evaluation), to keep the test command within CI's time with sets 30 and 31
    void measuresTheScriptedPatientOnTheSecondBlindSet() throws IOException {
        Measured m = BlindPatientQuestionsTest.measure(SET, "BLIND patient questions, set 4 (24 stations)");
        assertThat(m.questions()).isEqualTo(1156);
        assertThat(m.overall().rate()).as("right overall").isGreaterThanOrEqualTo(OVERALL_FLOOR);
        m.byStation().forEach((s, t) -> assertThat(t.rate()).as("right on " + s).isGreaterThanOrEqualTo(STATION_FLOOR));
        assertThat(m.unscriptedSafe().total - m.unscriptedSafe().right).as("wrong facts given to unscripted questions")
                .isLessThanOrEqualTo(MAX_WRONG_FACT_ON_UNSCRIPTED);
    }
}
