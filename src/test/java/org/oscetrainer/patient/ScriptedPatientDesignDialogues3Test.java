package org.oscetrainer.patient;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The scripted patient on router21's design dialogues (issue 13), {@code src/test/resources/patient/dialogues-design-3.tsv}:
 * 131 turns in 11 dialogues on 7 stations, written by hand before the code, played as {@link BlindPatientDialoguesTest}
 * plays a dialogue set. It holds the kinds of turn set 51 found weak: a summary the student asks the patient to confirm
 * ("so it goes up into your jaw and down your left arm, is that right?"), "tell me more about…" a named topic, a cue
 * picked up from the patient's last reply ("Borderline diabetic — are you taking anything for that?"), and questions
 * about what the script does not hold. The class of a turn is the first word of its note.
 */
class ScriptedPatientDesignDialogues3Test {

    /**
     * Measured before the code (main at 1ae05ab): 64.1 % (84 of 131), context 48.8 %; summary 13 of 18, more 5 of 17,
     * cue 9 of 32; 10 wrong facts on 20 unscripted turns. After router21: 72.5 % (95), context 61.6 %, summary 16 of 18,
     * more 13 of 17, cue 9 of 32 (not reached), 10 wrong facts. After the lead's review fixes (session 37: a bare
     * "anything else", « autre chose », "what else" or "go on" no longer asks for more of a topic; only with "about",
     * « sur »… — bare, they cost older blind sets 5, 7 and 9 a turn each and set 51 a wrong fact): 71.0 % (93), 10
     * wrong facts. Ratchets: the measured figures after, rounded down (0.72 -> 0.70 with that fix: 93 of 131 is 0.7099, said here).
     * After router22 (session 38, AskedOfSomeone): 73.3 % (96), 7 wrong facts; ratchets raised to 0.73 and 7.
     */
    static final double OVERALL_FLOOR = 0.73;
    static final int MAX_WRONG_FACT_ON_UNSCRIPTED = 7;

    static final Path DIALOGUES = Path.of("src/test/resources/patient/dialogues-design-3.tsv");

    @Test
    void answersTheDesignDialoguesByMeaning() throws IOException {
        BlindPatientDialoguesTest.Measured m = BlindPatientDialoguesTest.measure(DIALOGUES, "design dialogues of router21", true);
        assertThat(m.turns()).isEqualTo(131);
        assertThat(m.overall().rate()).as("right overall").isGreaterThanOrEqualTo(OVERALL_FLOOR);
        assertThat(m.unscriptedSafe().total - m.unscriptedSafe().right).as("wrong facts given to unscripted turns")
                .isLessThanOrEqualTo(MAX_WRONG_FACT_ON_UNSCRIPTED);
    }
}
