package org.oscetrainer.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.oscetrainer.catalog.internal.StationFileParser;

class StationFileParserTest {

    private static final Path FILE = Path.of("scenarios/broken.yaml");
    private final StationFileParser parser = new StationFileParser();

    private static final String VALID = """
            format: osce-scenario/1
            id: broken
            title: A station
            language: en
            duration-minutes: 8
            door-note: Take a history.
            patient:
              name: Ann
              age: 40
              opening-line: Hello doctor.
            facts:
              - id: onset
                text: Yesterday.
                ask: [when did it start]
            hidden:
              diagnosis: Migraine
            """;

    @Test
    void aValidScenarioParses() {
        var s = parser.parseScenario(FILE, VALID);
        assertThat(s.id()).isEqualTo("broken");
        assertThat(s.facts()).hasSize(1);
        assertThat(s.hidden().diagnosis()).isEqualTo("Migraine");
    }

    @Test
    void aSyntaxErrorNamesTheFileLineAndColumn() {
        String broken = VALID.replace("title: A station", "title: [unclosed");
        assertThatThrownBy(() -> parser.parseScenario(FILE, broken))
                .isInstanceOf(StationFileException.class)
                .hasMessageStartingWith(FILE.toString())
                .hasMessageContaining("line ")
                .hasMessageContaining("column ");
    }

    @Test
    void anUnknownFieldIsNamedWithTheAllowedOnes() {
        String broken = VALID.replace("title: A station", "titel: A station");
        assertThatThrownBy(() -> parser.parseScenario(FILE, broken))
                .hasMessageContaining("line 3")
                .hasMessageContaining("unknown field 'titel'")
                .hasMessageContaining("door-note");
    }

    @Test
    void missingAndInvalidFieldsAreAllListed() {
        String broken = VALID.replace("language: en", "language: de").replace("  diagnosis: Migraine", "  diagnosis: \"\"")
                .replace("ask: [when did it start]", "ask: []");
        assertThatThrownBy(() -> parser.parseScenario(FILE, broken))
                .hasMessageContaining("'language' must be 'fr' or 'en'")
                .hasMessageContaining("'hidden.diagnosis' is missing")
                .hasMessageContaining("facts[0].ask must list at least one question");
    }

    @Test
    void aRubricWithDuplicateIdsAndNoEvidenceIsRejected() {
        String rubric = """
                format: osce-rubric/1
                station: broken
                items:
                  - { id: a, label: A, points: 1, evidence: [x] }
                  - { id: a, label: B, points: 0 }
                """;
        assertThatThrownBy(() -> parser.parseRubric(Path.of("rubrics/broken.yaml"), rubric))
                .hasMessageContaining("items[1].id 'a' is used twice")
                .hasMessageContaining("items[1].points must be")
                .hasMessageContaining("items[1].evidence must list");
    }

    @Test
    void anEmptyFileIsReportedAsEmpty() {
        assertThatThrownBy(() -> parser.parseScenario(FILE, "")).hasMessageContaining("empty");
    }
}
