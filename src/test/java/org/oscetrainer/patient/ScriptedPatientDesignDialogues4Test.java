package org.oscetrainer.patient;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The scripted patient on router22's design dialogues (issue 13), {@code src/test/resources/patient/dialogues-design-4.tsv}:
 * 35 turns in 4 dialogues on 4 stations, written by hand, played as {@link BlindPatientDialoguesTest} plays a dialogue
 * set. They ask of the people in the patient's life what the script does not say of them (whether they know, what
 * they think, who came with the patient, how they are now, where they live, their work, their pastimes: "Does Sandra
 * know you're here?", « Et votre femme, elle travaille ? »), beside controls where the script does say it ("Have you
 * told your mates how you're feeling?", "who's at home with you?", « votre père, il est décédé de quoi ? »): the
 * unknown line for the first, the fact for the second. The class of a turn is the first word of its note.
 */
class ScriptedPatientDesignDialogues4Test {

    /**
     * Measured with main's patient (9fffcbb, before router22): 80.0 % (28 of 35), 4 wrong facts on 14 unscripted turns.
     * After router22 (AskedOfSomeone): 88.6 % (31), 1 wrong fact ("What's Alfie into these days?": a child the script
     * names without a relation word is not known as a person). Ratchets: the measured figures after, rounded down.
     */
    static final double OVERALL_FLOOR = 0.88;
    static final int MAX_WRONG_FACT_ON_UNSCRIPTED = 1;

    static final Path DIALOGUES = Path.of("src/test/resources/patient/dialogues-design-4.tsv");

    @Test
    void answersWhatIsAskedOfThePeopleInThePatientsLife() throws IOException {
        BlindPatientDialoguesTest.Measured m = BlindPatientDialoguesTest.measure(DIALOGUES, "design dialogues of router22", true);
        assertThat(m.turns()).isEqualTo(35);
        assertThat(m.overall().rate()).as("right overall").isGreaterThanOrEqualTo(OVERALL_FLOOR);
        assertThat(m.unscriptedSafe().total - m.unscriptedSafe().right).as("wrong facts given to unscripted turns")
                .isLessThanOrEqualTo(MAX_WRONG_FACT_ON_UNSCRIPTED);
    }
}
