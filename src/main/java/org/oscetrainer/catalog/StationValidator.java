package org.oscetrainer.catalog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.oscetrainer.catalog.internal.RubricFile;
import org.oscetrainer.catalog.internal.ScenarioFile;
import org.oscetrainer.catalog.internal.StationFileParser;

/**
 * Checks station files, alone and together: syntax, fields, and what ties a scenario to its
 * rubric (matching ids, rubric items pointing at facts that exist, a rubric for every scenario).
 * Used at start-up, by the {@code validate} command, in the editor and in the tests. Needs no Spring.
 */
public class StationValidator {

    /** A station whose two files were read, with their sources, and the problems found in them. */
    public record Checked(String stationId, String scenarioSource, String rubricSource, List<StationProblem> problems) {
    }

    /** All stations of a library and every problem found. */
    public record Report(List<Checked> stations, List<StationProblem> problems) {

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private final StationFileParser parser = new StationFileParser();

    /** Checks every {@code *.yaml} of the two folders. */
    public Report validateLibrary(Path scenariosDir, Path rubricsDir) {
        List<StationProblem> problems = new ArrayList<>();
        Map<String, Path> scenarios = yamlFiles(scenariosDir, problems);
        Map<String, Path> rubrics = yamlFiles(rubricsDir, problems);
        List<Checked> stations = new ArrayList<>();
        for (var entry : scenarios.entrySet()) {
            Path rubricPath = rubrics.get(entry.getKey());
            if (rubricPath == null) {
                problems.add(StationProblem.of(entry.getValue().toString(), 0, 0, "no-rubric",
                        rubricsDir.resolve(entry.getKey() + ".yaml")));
                continue;
            }
            Checked checked = validatePair(entry.getKey(), entry.getValue().toString(), read(entry.getValue(), problems),
                    rubricPath.toString(), read(rubricPath, problems));
            problems.addAll(checked.problems());
            stations.add(checked);
        }
        for (var entry : rubrics.entrySet()) {
            if (!scenarios.containsKey(entry.getKey())) {
                problems.add(StationProblem.of(entry.getValue().toString(), 0, 0, "no-scenario",
                        scenariosDir.resolve(entry.getKey() + ".yaml")));
            }
        }
        return new Report(stations, problems);
    }

    /** Checks one station's two sources, e.g. from the editor; {@code expectedId} may be null. */
    public Checked validatePair(String expectedId, String scenarioFile, String scenarioSource, String rubricFile,
            String rubricSource) {
        var scenario = parser.parseScenario(scenarioFile, scenarioSource);
        var rubric = parser.parseRubric(rubricFile, rubricSource);
        List<StationProblem> problems = new ArrayList<>(scenario.problems());
        problems.addAll(rubric.problems());
        ScenarioFile s = scenario.value();
        RubricFile r = rubric.value();
        if (s != null && expectedId != null && s.id() != null && !s.id().equals(expectedId)) {
            problems.add(at(scenarioFile, scenarioSource, "id", "id.file", s.id(), expectedId));
        }
        if (s != null && r != null) {
            crossCheck(s, r, rubricFile, rubricSource, problems);
        }
        String id = s != null && s.id() != null ? s.id() : expectedId;
        return new Checked(id, scenarioSource, rubricSource, problems);
    }

    private static StationProblem at(String file, String source, String path, String code, Object... args) {
        int[] where = StationFileParser.locate(source, path);
        return StationProblem.of(file, where[0], where[1], code, args);
    }

    private static void crossCheck(ScenarioFile s, RubricFile r, String rubricFile, String rubricSource,
            List<StationProblem> problems) {
        if (r.station() != null && s.id() != null && !r.station().equals(s.id())) {
            problems.add(at(rubricFile, rubricSource, "station", "station.mismatch", r.station(), s.id()));
        }
        Set<String> known = new HashSet<>();
        if (s.facts() != null) {
            s.facts().forEach(f -> known.add(f.id()));
        }
        if (s.findings() != null) {
            s.findings().forEach(f -> known.add(f.id()));
        }
        if (r.items() == null) {
            return;
        }
        for (int i = 0; i < r.items().size(); i++) {
            var item = r.items().get(i);
            if (item.facts() == null) {
                continue;
            }
            for (int j = 0; j < item.facts().size(); j++) {
                String fact = item.facts().get(j);
                if (!known.contains(fact)) {
                    problems.add(at(rubricFile, rubricSource, "items[" + i + "].facts[" + j + "]", "fact.reference", i,
                            item.id(), fact));
                }
            }
        }
    }

    private static Map<String, Path> yamlFiles(Path dir, List<StationProblem> problems) {
        Map<String, Path> files = new TreeMap<>();
        if (!Files.isDirectory(dir)) {
            problems.add(StationProblem.of(dir.toString(), 0, 0, "folder.missing"));
            return files;
        }
        try (Stream<Path> list = Files.list(dir)) {
            for (Path p : list.sorted().toList()) {
                String name = p.getFileName().toString();
                if (name.endsWith(".yaml")) {
                    files.put(name.substring(0, name.length() - ".yaml".length()), p);
                } else if (name.endsWith(".yml")) {
                    problems.add(StationProblem.of(p.toString(), 0, 0, "yml", name.replaceAll("\\.yml$", ".yaml")));
                }
            }
        } catch (IOException e) {
            problems.add(StationProblem.of(dir.toString(), 0, 0, "folder.unreadable", e.getMessage()));
        }
        return files;
    }

    private static String read(Path file, List<StationProblem> problems) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            problems.add(StationProblem.of(file.toString(), 0, 0, "file.unreadable", e.getMessage()));
            return "";
        }
    }
}
