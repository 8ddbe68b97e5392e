package org.oscetrainer.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.oscetrainer.catalog.DoorNote.Part;

/** Door notes in their parts: labelled lines start a part, the file's line breaks do not. */
class DoorNoteTest {

    @Test
    void labelledLinesStartPartsAndWrappedLinesContinueThem() {
        DoorNote note = DoorNote.parse("""
                Setting: Emergency department (majors). You are the junior doctor
                on shift.
                Patient: Mr David Walker, 58 years old.
                Triage observations: BP 112/70 mmHg,
                heart rate 54/min.
                Task: Take a focused history (8 minutes).
                Results are available if you ask.
                """);
        assertThat(note.sections()).extracting(DoorNote.Section::part)
                .containsExactly(Part.SETTING, Part.PATIENT, Part.OBSERVATIONS, Part.TASK);
        assertThat(note.text(Part.SETTING)).hasValue("Emergency department (majors). You are the junior doctor on shift.");
        assertThat(note.sections().get(2).label()).isEqualTo("Triage observations");
        assertThat(note.text(Part.TASK)).hasValue("Take a focused history (8 minutes). Results are available if you ask.");
    }

    @Test
    void frenchLabelsAndAnUnknownLabelInsideAPart() {
        DoorNote note = DoorNote.parse("""
                Contexte : Urgences pédiatriques. Vous êtes l'externe.
                Patient : Léo Garnier, 2 mois.
                Constantes à l'accueil (IOA) : FR 66/min, SpO2 90 %.
                Poids : 4,75 kg.
                Consigne : Réalisez l'interrogatoire du père (8 minutes).
                """);
        assertThat(note.sections()).extracting(DoorNote.Section::part)
                .containsExactly(Part.SETTING, Part.PATIENT, Part.OBSERVATIONS, Part.TASK);
        assertThat(note.text(Part.OBSERVATIONS)).hasValue("FR 66/min, SpO2 90 %. Poids : 4,75 kg.");
        assertThat(note.sections().get(2).label()).isEqualTo("Constantes à l'accueil (IOA)");
    }

    @Test
    void aNoteWithoutLabelsIsOneTextWithoutItsLineBreaks() {
        DoorNote note = DoorNote.parse("Take a history of her\nbreathlessness.");
        assertThat(note.sections()).containsExactly(new DoorNote.Section(Part.TEXT, "", "Take a history of her breathlessness."));
        assertThat(DoorNote.parse(null).sections()).isEmpty();
    }

    static Stream<Path> shippedScenarios() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("scenarios"))) {
            return files.sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("shippedScenarios")
    void everyShippedDoorNoteHasItsSettingPatientAndTask(Path file) throws IOException {
        Scenario scenario = StationFiles.scenario(file.toString(), Files.readString(file)).orElseThrow();
        DoorNote note = DoorNote.parse(scenario.doorNote());
        assertThat(note.sections()).extracting(DoorNote.Section::part).contains(Part.SETTING, Part.PATIENT, Part.TASK)
                .doesNotContain(Part.TEXT);
        assertThat(note.sections()).allSatisfy(s -> assertThat(s.text()).doesNotContain("\n").isNotBlank());
    }
}
