package org.oscetrainer.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.oscetrainer.catalog.Scenario;
import org.oscetrainer.catalog.StationFiles;
import org.oscetrainer.patient.Exchange;
import org.oscetrainer.patient.internal.ScriptedPatient;

/**
 * How long the scripted patient takes to choose its answer (issue 13 asks for p99 under 50 ms): every question of
 * every frozen blind patient set (students' own phrasings, 24 stations), each asked with the conversation so far
 * (the set's earlier questions on the same station and the patient's answers, up to {@link #HISTORY} of them), as
 * an encounter would. CPU time of the answering thread, so that other work on the machine counts less; one full
 * pass to warm the JIT up, then one measured pass. Not part of the test run:
 * {@code mvn -Pproduction,bench test -Dtest=ScriptedReplyBenchmark}. Prints figures, asserts none.
 */
@Tag("benchmark")
class ScriptedReplyBenchmark {

    /** Earlier exchanges given with a question: a long encounter's worth (20 questions and their answers). */
    private static final int HISTORY = 40;
    private static final Path BLIND = Path.of("src/test/resources/blind");
    /** Station ids the first sets were written with. */
    private static final Map<String, String> OLD_IDS = Map.of("colique-nephretique-fr", "douleur-lombaire-fr",
            "dyspnee-ep-fr", "dyspnee-aigue-fr", "bronchiolite-fr", "toux-nourrisson-fr");

    private record Asked(String set, String station, String question) {
    }

    @Test
    void chooseTheAnswer() throws Exception {
        List<Asked> questions = new ArrayList<>();
        try (var folders = Files.list(BLIND)) {
            for (Path folder : folders.filter(f -> f.getFileName().toString().startsWith("patient-questions")).sorted()
                    .toList()) {
                List<String> lines = Files.readAllLines(folder.resolve("questions.tsv"), StandardCharsets.UTF_8);
                for (String line : lines.subList(1, lines.size())) {
                    String[] cols = line.split("\t", -1);
                    if (cols.length >= 2 && !cols[1].isBlank()) {
                        String station = cols[0].strip();
                        questions.add(new Asked(folder.getFileName().toString(), OLD_IDS.getOrDefault(station, station),
                                cols[1].strip()));
                    }
                }
            }
        }
        Map<String, Scenario> stations = new HashMap<>();
        for (Asked q : questions) {
            stations.computeIfAbsent(q.station(), id -> station(id, 1_000 + stations.size()));
        }
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
        try {
            ScriptedPatient patient = new ScriptedPatient(executor, 0);
            pass(patient, questions, stations); // warm-up
            Map<String, List<Long>> bySet = pass(patient, questions, stations);
            List<Long> all = new ArrayList<>();
            bySet.values().forEach(all::addAll);
            System.out.printf(Locale.ROOT, "%n=== Scripted patient, choosing the answer (%d questions of %d blind sets, "
                    + "up to %d earlier exchanges each, CPU time, warm) ===%n", all.size(), bySet.size(), HISTORY);
            System.out.println("  all sets              " + figures(all));
            bySet.forEach((set, times) -> System.out.printf(Locale.ROOT, "  %-21s %s%n", set, figures(times)));
        } finally {
            executor.shutdownNow();
        }
    }

    /** Asks every question once, each with its station's conversation so far; CPU nanoseconds by set. */
    private static Map<String, List<Long>> pass(ScriptedPatient patient, List<Asked> questions,
            Map<String, Scenario> stations) {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        Map<String, List<Exchange>> conversations = new HashMap<>();
        Map<String, List<Long>> bySet = new LinkedHashMap<>();
        for (Asked q : questions) {
            List<Exchange> history = conversations.computeIfAbsent(q.set() + "/" + q.station(), k -> new ArrayList<>());
            List<Exchange> recent = List.copyOf(history.subList(Math.max(0, history.size() - HISTORY), history.size()));
            long start = cpu.getCurrentThreadCpuTime();
            String answer = patient.answer(stations.get(q.station()), recent, q.question());
            bySet.computeIfAbsent(q.set(), s -> new ArrayList<>()).add(cpu.getCurrentThreadCpuTime() - start);
            history.add(new Exchange(Exchange.Speaker.STUDENT, q.question()));
            history.add(new Exchange(Exchange.Speaker.PATIENT, answer));
        }
        return bySet;
    }

    private static String figures(List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return String.format(Locale.ROOT, "p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms (n=%d)",
                sorted.get(sorted.size() / 2) / 1e6, sorted.get(sorted.size() * 95 / 100) / 1e6,
                sorted.get(sorted.size() * 99 / 100) / 1e6, sorted.get(sorted.size() - 1) / 1e6, sorted.size());
    }

    /**
     * The station as a stored version (its own id, as in the app): the patient keeps one matcher per stored version,
     * whereas text read without one (an editor's preview) builds its index at every question.
     */
    private static Scenario station(String id, long versionId) {
        Path file = Path.of("scenarios", id + ".yaml");
        try {
            Scenario s = StationFiles.scenario(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8))
                    .orElseThrow();
            return new Scenario(s.stationId(), versionId, s.title(), s.language(), s.durationMinutes(), s.doorNote(),
                    s.patient(), s.facts(), s.findings(), s.neutralFinding());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
