package org.oscetrainer.patient;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.oscetrainer.Evaluation;
import org.oscetrainer.patient.BlindPatientQuestionsTest.Measured;

/**
 * The scripted patient on the thirteenth frozen blind set, {@code src/test/resources/blind/patient-questions-13/}
 * (set 36: 960 questions, 40 on each of the 24 stations, typed as students type (lowercase, no accents, chat shorthand,
 * run-on turns), weighted to openings, ideas, concerns and expectations, tag questions and statements, relatives and
 * proxies, written by someone who never saw the matcher, frozen with its SHA-256 before the first measurement; never
 * edited here; what it holds is in its README). Scored as set 2 (see {@link BlindPatientQuestionsTest}); an
 * expected {@code a|b} is right with either id, {@code a+b} needs both.
 */
class BlindPatientQuestions13Test {

    /**
     * First measurement (6 Dec 2026, 21:25 UTC, the patient code of main at 6c093bf, unchanged, a busy machine):
     * 75.3 % (723 of 960), scripted 76.9 %, worst famille-en-colere-fr 47.5 %, chute-personne-agee-fr 60.0 %,
     * erreur-medicamenteuse-fr 62.5 %, annonce-cancer-fr and examen-genou-fr 65.0 %, consentement-chirurgie-fr and
     * medication-history-en 70.0 %; by class compound 57.6 %, unscripted 61.2 %, openings 65.6 %, relatives 71.4 %,
     * typos and slang 71.7 %, plain facts 79.2 %, examination and test requests 89.2 %, greetings 84.6 %;
     * 35 wrong facts on 120 unscripted (this set counts closings and social turns as unscripted).
     * With router15 (openings beside a relative, when it began, who the main clause asks about; designed on sets 2 to
     * 30, set 33 held out), measured once on main after this round's merges: 75.5 % (725), 33 wrong facts on 120
     * unscripted (unscripted 61.2 -> 63.1 %, confusion-elderly-en 77.5 -> 80.0 %, douleur-lombaire-fr 80.0 -> 82.5 %;
     * every other station and class unchanged).
     * Ratchets: the measured figures, rounded down. Raise them when the patient gets better; never lower them.
     */
    static final double OVERALL_FLOOR = 0.75;
    static final double STATION_FLOOR = 0.47;
    static final int MAX_WRONG_FACT_ON_UNSCRIPTED = 33;

    static final Path SET = Path.of("src/test/resources/blind/patient-questions-13/questions.tsv");

    @Test
    @Evaluation // an older set, tuned on (a design set of router17 and grader17): in the eval profile (see Evaluation), to keep the test command within CI\'s time with sets 39 to 44
    void measuresTheScriptedPatientOnTheThirteenthBlindSet() throws IOException {
        Measured m = BlindPatientQuestionsTest.measure(SET, "BLIND patient questions, set 36 (24 stations)", false);
        assertThat(m.questions()).isEqualTo(960);
        assertThat(m.overall().rate()).as("right overall").isGreaterThanOrEqualTo(OVERALL_FLOOR);
        m.byStation().forEach((s, t) -> assertThat(t.rate()).as("right on " + s).isGreaterThanOrEqualTo(STATION_FLOOR));
        assertThat(m.unscriptedSafe().total - m.unscriptedSafe().right).as("wrong facts given to unscripted questions")
                .isLessThanOrEqualTo(MAX_WRONG_FACT_ON_UNSCRIPTED);
    }
}
