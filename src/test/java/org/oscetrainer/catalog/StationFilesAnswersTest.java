package org.oscetrainer.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.oscetrainer.catalog.internal.StationFileParser;

/**
 * A draft station whose scenario has a fact without {@code text:} (review of issue 13, item 7): the rubric is still read,
 * and an item naming that fact has no answers, instead of a NullPointerException that broke review, analytics and
 * grading. Written by grader23b (session 39), on the real breathlessness-en files with one text taken out.
 */
class StationFilesAnswersTest {

    private static final String ORTHOPNOEA_TEXT = "    text: \"I can't lie flat, I feel like I'm drowning. I've gone from one"
            + " pillow to four, and last night I gave up and slept in the armchair.\"\n";

    private static String rubric() throws IOException {
        return Files.readString(Path.of("rubrics/breathlessness-en.yaml"));
    }

    private static String scenarioWithout(String replacement) throws IOException {
        String scenario = Files.readString(Path.of("scenarios/breathlessness-en.yaml"));
        assertThat(scenario).contains(ORTHOPNOEA_TEXT);
        return scenario.replace(ORTHOPNOEA_TEXT, replacement);
    }

    private static Rubric.Item item(Rubric rubric, String id) {
        return rubric.items().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void aFactWithoutTextLeavesTheItemWithoutAnswersAndTheRestReadable() throws IOException {
        for (String replacement : new String[] {"", "    text: \"  \"\n"}) {
            var parser = new StationFileParser();
            var rubric = parser.parseRubric("breathlessness-en.yaml", rubric());
            var scenario = parser.parseScenario("breathlessness-en.yaml", scenarioWithout(replacement));
            // as CatalogService read it before the fix: the parsed value even when the scenario has problems
            Rubric read = StationFiles.toRubric(rubric.value(), scenario.value(), 0);
            assertThat(item(read, "orthopnoea-pnd").answers()).isEmpty();
            assertThat(read.items().stream().filter(i -> !i.answers().isEmpty()).count()).isPositive();
            assertThat(read.items().stream().flatMap(i -> i.answers().stream())).allMatch(t -> t != null && !t.isBlank());
        }
    }

    @Test
    void theFourArgumentOverloadReadsADraftWithProblemsAsHavingNoAnswers() throws IOException {
        Rubric read = StationFiles.rubric("breathlessness-en.yaml", rubric(), "breathlessness-en.yaml", scenarioWithout(""))
                .orElseThrow();
        assertThat(read.items()).isNotEmpty();
        assertThat(read.items()).allMatch(i -> i.answers().isEmpty());
    }
}
