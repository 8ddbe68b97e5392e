package org.oscetrainer.patient.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The statistical out-of-character reader (guard18): its weights load, no station's own line reaches its threshold,
 * and lines written here (not from any set; in the kinds of situation set 46 holds, which is in its training data)
 * are read as a reader would. Its honest measure is the training tool's, each set left out in turn
 * ({@link OutOfCharacterReaderTraining}).
 */
class OutOfCharacterReaderTest {

    private final OutOfCharacterReader reader = new OutOfCharacterReader();

    @Test
    void noStationLineIsWithheld() throws Exception {
        for (String line : OutOfCharacterReaderTraining.stationLines(Path.of("."))) {
            assertThat(reader.check(line)).as(line).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Honestly, you're the fifth one today to ask me that, and I give everyone the same answer.",
            "They gave me a sheet saying I should look worried at this point, so here goes.",
            "Between you and me, nobody told me what my job is, so I made one up just now.",
            "You're the fourth student this morning, love, and the other three asked that too.",
            // guard19: a person at work in the exercise, the equipment and the publicity (written here)
            "The sound engineer is still fixing the cable under my chair, so if I go quiet it's the kit, not me."})
    // guard19's "A woman from the press office took my photo in the corridor for their newsletter before I came in." is
    // read 0.50-0.70: withheld at guard19's threshold (0.501), shown at the tool's floor of 0.70 (session 37, see
    // OutOfCharacterReaderTraining.MIN_THRESHOLD and docs/guardrails.md) and at guard20's 0.718 (the least cost at or
    // above that floor, decision 025): the trade is said there, not hidden here.
    void theSpeakerOutsideThePatientsWorldIsWithheld(String line) {
        assertThat(reader.check(line)).hasValueSatisfying(v -> {
            assertThat(v.rule()).isEqualTo(OutOfCharacterCheck.RULE);
            assertThat(v.span()).startsWith(OutOfCharacterReader.SPAN);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Ma fille est passée hier soir, elle m'a apporté des fleurs.",
            "I've had this pain since Tuesday, it comes and goes.",
            "Je travaille à la poste depuis vingt ans, j'aime bien mon métier.",
            "My husband is waiting outside, he drove me here this morning.",
            "I'm frightened, doctor. Is it serious?",
            // guard19: the same words in a patient's own life (written here)
            "The technician at the hospital did my heart tracing last week and said it looked fine to her.",
            "Le technicien de la fibre devait passer ce matin, je l'ai annulé, je n'arrivais pas à me lever.",
            "My neighbour works shifts at the hospital and she said I should come in because the pain wasn't going away."})
    void thePatientsOwnWorldPasses(String line) {
        assertThat(reader.check(line)).isEmpty();
    }
}
