package org.oscetrainer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.oscetrainer.catalog.Rubric;
import org.oscetrainer.catalog.Scenario;
import org.oscetrainer.catalog.StationFiles;
import org.oscetrainer.catalog.StationValidator;
import org.oscetrainer.encounter.TranscriptTurn;
import org.oscetrainer.patient.internal.ScriptedPatient;
import org.oscetrainer.scoring.ChecklistScorer;

/**
 * The shipped station library: valid, in both languages, true to its JSON Schemas, and playable:
 * each fact and finding is reached by its own first phrasing, and every rubric item can be earned.
 */
class StationLibraryTest {

    private static final Path SCENARIOS = Path.of("scenarios");
    private static final Path RUBRICS = Path.of("rubrics");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ScheduledExecutorService EXECUTOR = Executors.newSingleThreadScheduledExecutor();

    @AfterAll
    static void stop() {
        EXECUTOR.shutdownNow();
    }

    static Stream<String> stations() throws IOException {
        try (Stream<Path> files = Files.list(SCENARIOS)) {
            return files.map(p -> p.getFileName().toString().replace(".yaml", "")).sorted().toList().stream();
        }
    }

    private static Scenario scenario(String id) throws IOException {
        Path file = SCENARIOS.resolve(id + ".yaml");
        return StationFiles.scenario(file.toString(), Files.readString(file)).orElseThrow();
    }

    private static Rubric rubric(String id) throws IOException {
        Path file = RUBRICS.resolve(id + ".yaml");
        return StationFiles.rubric(file.toString(), Files.readString(file)).orElseThrow();
    }

    @Test
    void theShippedLibraryHasNoProblems() {
        var report = new StationValidator().validateLibrary(SCENARIOS, RUBRICS);
        assertThat(report.problems()).isEmpty();
        assertThat(report.stations()).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void stationsComeInBothLanguages() throws IOException {
        Map<String, Long> byLanguage = stations().map(id -> {
            try {
                return scenario(id).language();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }).collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(byLanguage.keySet()).containsExactlyInAnyOrder("fr", "en");
    }

    @Test
    void everyFileFollowsItsJsonSchema() throws IOException {
        JsonSchema scenarioSchema = schema("docs/schema/scenario.schema.json");
        JsonSchema rubricSchema = schema("docs/schema/rubric.schema.json");
        List<String> problems = new ArrayList<>();
        for (String id : stations().toList()) {
            JsonNode s = YAML.readTree(SCENARIOS.resolve(id + ".yaml").toFile());
            scenarioSchema.validate(s).forEach(m -> problems.add(id + " scenario: " + m.getMessage()));
            JsonNode r = YAML.readTree(RUBRICS.resolve(id + ".yaml").toFile());
            rubricSchema.validate(r).forEach(m -> problems.add(id + " rubric: " + m.getMessage()));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theSchemasRejectWhatTheValidatorRejects() throws IOException {
        JsonNode typo = YAML.readTree("format: osce-rubric/2\nstation: x\nitems: [{id: a, label: A, pointz: 1, evidence: [x]}]\n");
        assertThat(schema("docs/schema/rubric.schema.json").validate(typo)).isNotEmpty();
    }

    @ParameterizedTest
    @MethodSource("stations")
    void everyFactAndFindingIsReachedByItsOwnFirstPhrasing(String id) throws IOException {
        Scenario scenario = scenario(id);
        ScriptedPatient patient = new ScriptedPatient(EXECUTOR, 0);
        List<String> misses = new ArrayList<>();
        for (Scenario.Fact fact : scenario.facts()) {
            String question = fact.ask().get(0);
            String answer = patient.answer(scenario, question);
            if (!answer.equals(fact.text())) {
                misses.add("fact '" + fact.id() + "': \"" + question + "\" -> " + answer);
            }
        }
        for (Scenario.Fact finding : scenario.findings()) {
            String question = finding.ask().get(0);
            String answer = patient.answer(scenario, question);
            if (!answer.endsWith(finding.text())) {
                misses.add("finding '" + finding.id() + "': \"" + question + "\" -> " + answer);
            }
        }
        assertThat(misses).as("questions answered with another fact in " + id).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("stations")
    void everyRubricItemCanBeEarned(String id) throws IOException {
        Rubric rubric = rubric(id);
        List<TranscriptTurn> transcript = new ArrayList<>();
        int seq = 1;
        // Each item asked with its hints in one turn (a one-point item that names several things needs them
        // all; a relative alone is not a family history; a history item is earned by a question; an opening
        // done "par une question ouverte" has it in the student's first turns; management is told, not asked, so its
        // hints are said as statements).
        for (Rubric.Item item : rubric.items()) {
            String turn = "management".equals(item.category()) ? String.join(". ", item.evidence()) + "."
                    : String.join("? ", item.evidence()) + "?";
            transcript.add(new TranscriptTurn(seq, seq, TranscriptTurn.Speaker.STUDENT, turn, null, Instant.EPOCH));
            seq++;
        }
        var scores = new ChecklistScorer().score(rubric, scenario(id).language(), transcript);
        assertThat(scores).allSatisfy(s -> assertThat(s.done()).as(s.itemId()).isTrue());
    }

    private static JsonSchema schema(String path) throws IOException {
        try (InputStream in = Files.newInputStream(Path.of(path))) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
    }
}
