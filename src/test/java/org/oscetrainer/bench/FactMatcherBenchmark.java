package org.oscetrainer.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.oscetrainer.catalog.Scenario;
import org.oscetrainer.catalog.StationFiles;
import org.oscetrainer.patient.internal.FactMatcher;

/**
 * Measures the scripted patient's Lucene matcher on the shipped stations: the time to build one
 * station's index (its facts) and the time to match one question. Plain Java, no Spring, no database.
 * Not part of the test run: {@code mvn -Pproduction,bench test -Dtest=FactMatcherBenchmark}.
 * Prints figures, asserts none.
 */
@Tag("benchmark")
class FactMatcherBenchmark {

    private static final int ROUNDS = 30;
    private static final int QUERIES = 20_000;
    private static final String[] EN = {"when did the pain start", "any vomitting or feeling queasy", "do u smoke",
            "how much booze do u drink a week", "what did you have for breakfast", "are you on any meds"};
    private static final String[] FR = {"depuis quand vous avez mal", "vous fumez combien de clopes",
            "vous avez de la fievre", "vous prenez la pillule", "vous avez un chat", "vous avez vomi"};

    @Test
    void buildAndQueryTimes() throws Exception {
        List<Scenario> stations = new ArrayList<>();
        try (var files = Files.list(Path.of("scenarios"))) {
            for (Path file : files.sorted().toList()) {
                stations.add(StationFiles.scenario(file.toString(), Files.readString(file)).orElseThrow());
            }
        }
        List<Long> builds = new ArrayList<>();
        List<FactMatcher> matchers = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            for (Scenario station : stations) {
                long start = System.nanoTime();
                FactMatcher matcher = new FactMatcher(station.facts(), station.language());
                builds.add(System.nanoTime() - start);
                if (round == ROUNDS - 1) {
                    matchers.add(matcher);
                }
            }
        }
        List<Long> queries = new ArrayList<>();
        for (int i = 0; i < QUERIES; i++) {
            int s = i % stations.size();
            String[] questions = "fr".equals(stations.get(s).language()) ? FR : EN;
            long start = System.nanoTime();
            matchers.get(s).bestMatch(questions[i % questions.length]);
            queries.add(System.nanoTime() - start);
        }
        // The first rounds warm the JIT up: report the second half.
        print("index build per station (facts)", builds.subList(builds.size() / 2, builds.size()));
        print("match one question", queries.subList(queries.size() / 2, queries.size()));
    }

    private static void print(String what, List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        System.out.printf("%s: median %.3f ms, p95 %.3f ms, max %.3f ms (n=%d)%n", what,
                sorted.get(sorted.size() / 2) / 1e6, sorted.get(sorted.size() * 95 / 100) / 1e6,
                sorted.get(sorted.size() - 1) / 1e6, sorted.size());
    }
}
