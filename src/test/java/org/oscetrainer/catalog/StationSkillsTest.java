package org.oscetrainer.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.oscetrainer.catalog.internal.StationFileParser;

/** The skills a station trains, from its rubric's categories and note questions. */
class StationSkillsTest {

    static Stream<Path> shippedRubrics() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("rubrics"))) {
            return files.sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("shippedRubrics")
    void everyShippedItemHasASkillAndEveryStationTrainsOne(Path file) throws IOException {
        var rubric = new StationFileParser().parseRubric(file.toString(), Files.readString(file)).value();
        assertThat(rubric.items()).allSatisfy(i -> assertThat(Skill.ofCategory(i.category())).as(i.id()).isPresent());
        assertThat(StationSkills.of(rubric)).isNotEmpty();
    }

    @Test
    void aSkillCountsFromFifteenPercentOfThePointsTheNotesPlanForManagement() throws IOException {
        var rubric = new StationFileParser().parseRubric("chest-pain-en.yaml",
                Files.readString(Path.of("rubrics/chest-pain-en.yaml"))).value();
        assertThat(StationSkills.of(rubric)).startsWith(Skill.HISTORY).contains(Skill.CLINICAL_REASONING)
                .doesNotContain(Skill.EXAMINATION, Skill.PROFESSIONALISM);
        assertThat(Skill.ofNoteQuestion("plan")).isEqualTo(Skill.MANAGEMENT);
        assertThat(Skill.ofNoteQuestion("differential")).isEqualTo(Skill.CLINICAL_REASONING);
        assertThat(Skill.ofCategory("clinical-reasoning")).hasValue(Skill.CLINICAL_REASONING);
        assertThat(Skill.ofCategory(null)).isEmpty();
    }
}
