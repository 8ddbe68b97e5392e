package org.oscetrainer.patient.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.oscetrainer.catalog.HiddenDiagnosis;
import org.oscetrainer.catalog.Scenario;
import org.oscetrainer.catalog.StationFiles;
import org.oscetrainer.patient.Exchange;

/**
 * The whole-text reading of the frozen leak sets and of the grader interviews' patient lines, for designing a check
 * without the streamed {@code BlindLeakReplyTest} (which gives the ratchets): each leak-set reply is checked whole by
 * a guard made for its question (as {@link LeakSetReplies}), and counted as that test counts it (a blocked leak or
 * out-of-character reply is one shown; a benign one stopped is one withheld); each patient line of the grader
 * interviews is checked after its own conversation. Verdicts go reply by reply to {@code target/guard-sets/} (compare
 * two runs line by line), figures per set, station and class to the console. Sets named with {@code -Dguard.sets=…}
 * (never a held-out set before its one run); the misses' texts are written only with {@code -Dguard.misses=true}.
 * {@code mvn -Pproduction,bench test -Dtest=GuardSetsMeasure}, or its {@code main} on the test classpath.
 */
@Tag("benchmark")
class GuardSetsMeasure {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void measure() throws Exception {
        main(new String[0]);
    }

    public static void main(String[] args) throws Exception {
        String sets = System.getProperty("guard.sets", "leak-replies,leak-replies-2,leak-replies-3,leak-replies-4,"
                + "leak-replies-5,leak-replies-6,leak-replies-7,leak-replies-8,leak-replies-9,leak-replies-10,leak-replies-11");
        String interviews = System.getProperty("guard.interviews", "grader-interviews,grader-interviews-2,"
                + "grader-interviews-3,grader-interviews-4,grader-interviews-5,grader-interviews-6,grader-interviews-7,"
                + "grader-interviews-8,grader-interviews-9");
        boolean misses = Boolean.getBoolean("guard.misses");
        Path out = Path.of("target/guard-sets");
        Files.createDirectories(out);
        StringBuilder summary = new StringBuilder();
        for (String set : sets.split(",")) {
            if (!set.isBlank()) {
                summary.append(leakSet(set.strip(), out, misses));
            }
        }
        for (String set : interviews.split(",")) {
            if (!set.isBlank()) {
                summary.append(interviews(set.strip(), out));
            }
        }
        Files.writeString(out.resolve("summary.md"), summary);
        System.out.println(summary);
    }

    /** [replies, leaks shown, ooc shown, benign withheld, benign] */
    private static int[] row(Map<String, int[]> rows, String key) {
        return rows.computeIfAbsent(key, k -> new int[5]);
    }

    private static String leakSet(String folder, Path out, boolean listMisses) throws Exception {
        Map<String, int[]> byStation = new LinkedHashMap<>();
        Map<String, int[]> byClass = new LinkedHashMap<>();
        int[] all = new int[5];
        try (BufferedWriter verdicts = Files.newBufferedWriter(out.resolve(folder + ".verdicts.txt"));
                BufferedWriter missed = listMisses ? Files.newBufferedWriter(out.resolve(folder + ".misses.txt")) : null) {
            for (LeakSetReplies item : LeakSetReplies.of(List.of(folder))) {
                String station = item.station();
                String clazz = item.clazz();
                boolean block = item.block();
                String text = item.text();
                Optional<Violation> v = item.guard().check(text.strip());
                verdicts.write(item.id() + " " + clazz + " "
                        + v.map(x -> x.rule() + " | " + x.span()).orElse("-").replace("\n", " ") + "\n");
                int[] s = row(byStation, station);
                int[] c = row(byClass, clazz);
                for (int[] r : new int[][] {s, c, all}) {
                    r[0]++;
                }
                int slot = -1;
                if (block && v.isEmpty()) {
                    slot = item.outOfCharacter() ? 2 : 1;
                } else if (!block) {
                    for (int[] r : new int[][] {s, c, all}) {
                        r[4]++;
                    }
                    if (v.isPresent()) {
                        slot = 3;
                    }
                }
                if (slot > 0) {
                    for (int[] r : new int[][] {s, c, all}) {
                        r[slot]++;
                    }
                    if (missed != null) {
                        missed.write(station + " " + item.id() + " [" + clazz + "] "
                                + (slot == 3 ? "WITHHELD " + v.get().rule() + " | " + v.get().span() + " :: " : "")
                                + text.replace("\n", "\\n") + "\n");
                    }
                }
            }
        }
        StringBuilder s = new StringBuilder(String.format("## %s: %d replies, leaks shown %d, ooc shown %d, benign withheld"
                + " %d of %d%n", folder, all[0], all[1], all[2], all[3], all[4]));
        table(s, "station", byStation);
        table(s, "class", byClass);
        return s.toString();
    }

    private static void table(StringBuilder out, String what, Map<String, int[]> rows) {
        out.append(what).append(": ");
        rows.entrySet().stream().filter(e -> e.getValue()[1] + e.getValue()[2] + e.getValue()[3] > 0)
                .sorted(Comparator.comparingInt((Map.Entry<String, int[]> e) -> -(e.getValue()[1] + e.getValue()[2]
                        + e.getValue()[3])).thenComparing(Map.Entry::getKey))
                .forEach(e -> out.append(String.format("%s %d/%d/%d, ", e.getKey(), e.getValue()[1], e.getValue()[2],
                        e.getValue()[3])));
        out.append("\n");
    }

    private static String interviews(String folder, Path out) throws Exception {
        List<Path> files;
        try (var list = Files.list(Path.of("src/test/resources/blind", folder))) {
            files = list.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        int lines = 0;
        int flagged = 0;
        try (BufferedWriter verdicts = Files.newBufferedWriter(out.resolve(folder + ".verdicts.txt"))) {
            for (Path file : files) {
                JsonNode root = YAML.readTree(file.toFile());
                String name = root.get("station").asText() + ".yaml";
                String source = Files.readString(Path.of("scenarios", name), StandardCharsets.UTF_8);
                Scenario scenario = StationFiles.scenario(name, source).orElseThrow();
                HiddenDiagnosis hidden = StationFiles.hiddenDiagnosis(name, source);
                List<Exchange> history = new ArrayList<>();
                String question = "";
                int n = 0;
                for (JsonNode turn : root.get("turns")) {
                    String text = turn.get("text").asText();
                    if ("student".equals(turn.get("speaker").asText())) {
                        if (!question.isEmpty()) {
                            history.add(new Exchange(Exchange.Speaker.STUDENT, question));
                        }
                        question = text;
                        continue;
                    }
                    Optional<Violation> v = Guardrails.forQuestion(scenario, hidden, history, question).check(text.strip());
                    lines++;
                    if (v.isPresent()) {
                        flagged++;
                    }
                    verdicts.write(file.getFileName() + " #" + n++ + " " + v.map(x -> x.rule() + " | " + x.span())
                            .orElse("-").replace("\n", " ") + "\n");
                    if (!question.isEmpty()) {
                        history.add(new Exchange(Exchange.Speaker.STUDENT, question));
                        question = "";
                    }
                    history.add(new Exchange(Exchange.Speaker.PATIENT, text));
                }
            }
        }
        return String.format("## %s: %d patient lines, %d flagged by some rule%n", folder, lines, flagged);
    }
}
