package org.oscetrainer.patient;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.oscetrainer.Evaluation;
import org.oscetrainer.patient.BlindPatientQuestionsTest.Measured;

/**
 * The scripted patient on the tenth frozen blind set, {@code src/test/resources/blind/patient-questions-10/}
 * (set 27: 960 questions, 40 on each of the 24 stations: openings said in many ways, relatives and questions put to
 * them, compound turns, examinations and tests as instructions, gestures or slang, statements on the communication
 * stations, implicit follow-ups, unaccented French, SMS style, typos, franglais, unscripted; written by someone who
 * never saw the matcher, frozen with its SHA-256 before the first measurement; never edited here). Scored as set 2
 * (see {@link BlindPatientQuestionsTest}); an expected {@code a|b} is right with either id, {@code a+b} needs both.
 */
class BlindPatientQuestions10Test {

    /**
     * First measurement (6 Dec 2026, 11:25 UTC, the patient code of main at b069976, unchanged, a busy machine):
     * 73.5 % (706 of 960), scripted 73.5 %, worst abdominal-pain-en and insomnie-fatigue-fr 60.0 %,
     * chute-personne-agee-fr, confusion-elderly-en, erreur-medicamenteuse-fr and examen-genou-fr 62.5 %; by class
     * relatives 62.7 % (42 of 67), unscripted examinations 67.7 %, examination and test requests 70.0 %, openings
     * 70.4 % (19 of 27), typos and slang 74.4 %, plain facts 75.8 %, compound 76.6 %, unscripted 76.9 %, greetings
     * 88.9 %; 20 wrong facts on 96 unscripted questions. With router12 (tests named by two words no finding
     * names whole get the neutral finding, an opening is never an examination request, more openings, an examination
     * turn adds no history; designed on sets 2 to 24): 74.4 % (714), 17 wrong facts on 96 unscripted; openings 70.4
     * -> 74.1 %, unscripted examinations 67.7 -> 77.4 %, examination and test requests 70.0 -> 71.7 %, relatives and
     * compound unchanged; worst abdominal-pain-en 60.0 % (unchanged), insomnie-fatigue-fr 60.0 -> 62.5 %.
     * Ratchets: the measured figures, rounded down. Raise them when the patient gets better; never lower them.
     */
    // router13 (held out, run once on its final commit 868202e): 74.4 -> 74.9 % (719), 17 wrong facts (unchanged);
    // examination and test requests 71.7 -> 74.4 %, relatives, openings, compound, unscripted examinations and plain
    // facts unchanged; worst abdominal-pain-en 60.0 -> 62.5 %, chute-personne-agee-fr and insomnie-fatigue-fr 62.5 %.
    // router14 (6 Dec 2026): 74.9 -> 75.2 % (722), wrong facts on unscripted 17 -> 14 (who a question is about); ratchet tightened.
    // router15 (6 Dec 2026, designed on sets 2 to 30, set 33 held out): 75.2 -> 75.9 % (729), wrong facts on unscripted 14 -> 10; ratchets tightened.
    static final double OVERALL_FLOOR = 0.75;
    static final double STATION_FLOOR = 0.62;
    static final int MAX_WRONG_FACT_ON_UNSCRIPTED = 10;

    static final Path SET = Path.of("src/test/resources/blind/patient-questions-10/questions.tsv");

    @Test
    @Evaluation // an older set, tuned on: in the eval profile (see Evaluation), to keep the test command within CI's time with sets 36 to 38
    void measuresTheScriptedPatientOnTheTenthBlindSet() throws IOException {
        Measured m = BlindPatientQuestionsTest.measure(SET, "BLIND patient questions, set 27 (24 stations)", false);
        assertThat(m.questions()).isEqualTo(960);
        assertThat(m.overall().rate()).as("right overall").isGreaterThanOrEqualTo(OVERALL_FLOOR);
        m.byStation().forEach((s, t) -> assertThat(t.rate()).as("right on " + s).isGreaterThanOrEqualTo(STATION_FLOOR));
        assertThat(m.unscriptedSafe().total - m.unscriptedSafe().right).as("wrong facts given to unscripted questions")
                .isLessThanOrEqualTo(MAX_WRONG_FACT_ON_UNSCRIPTED);
    }
}
