package org.oscetrainer.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.oscetrainer.analytics.SessionResults;
import org.oscetrainer.analytics.SessionResults.Item;
import org.oscetrainer.analytics.SessionResults.Station;
import org.oscetrainer.analytics.SessionResults.StationResult;
import org.oscetrainer.analytics.SessionResults.Student;
import org.oscetrainer.analytics.SessionStatistics;
import org.oscetrainer.analytics.SessionStatistics.StationStatistics;
import org.oscetrainer.analytics.SessionStatistics.StudentOutcome;
import org.oscetrainer.export.MoodleGradesCsv;
import org.oscetrainer.export.Pseudonymiser;
import org.oscetrainer.export.SessionWorkbook;

/**
 * Times the session exports on a large session: 1,000 students × 12 stations × 10 items (3 % of
 * stations missed, 5 % of results with an override), written to a byte-counting stream. Reports,
 * after warm-up writes, the median wall time per write, the file size, and the heap: the peak seen
 * by a 1 ms sampler during the writes, above the heap used after a GC before them (garbage
 * included), and what stays after a GC once they are done. Run it also with a small heap to show
 * that memory stays bounded: {@code mvn -Pproduction,bench test -Dtest=SessionExportBenchmark
 * -DargLine=-Xmx128m}. Prints figures, asserts none.
 */
@Tag("benchmark")
class SessionExportBenchmark {

    private static final int STUDENTS = Integer.getInteger("export.students", 1000);
    private static final int STATIONS = 12;
    private static final int ITEMS = 10;
    private static final int WARM_UP = 3;
    private static final int ROUNDS = 7;

    @Test
    void writeTimesSizesAndHeap() throws Exception {
        SessionResults results = results(new Random(7));
        SessionStatistics statistics = statistics(results);
        Pseudonymiser pseudonymiser = new Pseudonymiser("benchmark key, 32 bytes long....".getBytes(StandardCharsets.UTF_8));
        System.out.printf("session: %d students × %d stations × %d items, max heap %d MB%n", STUDENTS, STATIONS, ITEMS,
                Runtime.getRuntime().maxMemory() >> 20);
        measure("workbook, named (fr)", out -> new SessionWorkbook().write(results, statistics, "fr", null, out));
        measure("workbook, pseudonymised", out -> new SessionWorkbook().write(results, statistics, "en", pseudonymiser, out));
        measure("Moodle CSV", out -> new MoodleGradesCsv().write(results, statistics, out));
    }

    interface Export {
        void write(OutputStream out) throws IOException;
    }

    private static void measure(String what, Export export) throws Exception {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        List<Long> nanos = new ArrayList<>();
        long size = 0;
        long peak = 0;
        long baseline = 0;
        for (int round = 0; round < WARM_UP + ROUNDS; round++) {
            System.gc();
            long before = memory.getHeapMemoryUsage().getUsed();
            AtomicLong top = new AtomicLong(before);
            AtomicBoolean writing = new AtomicBoolean(true);
            Thread sampler = new Thread(() -> {
                while (writing.get()) {
                    top.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                        Thread.sleep(1);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            sampler.setDaemon(true);
            sampler.start();
            Counting out = new Counting();
            long start = System.nanoTime();
            export.write(out);
            long elapsed = System.nanoTime() - start;
            writing.set(false);
            sampler.join();
            if (round >= WARM_UP) {
                nanos.add(elapsed);
                peak = Math.max(peak, top.get() - before);
                baseline = before;
            }
            size = out.count;
        }
        System.gc();
        nanos.sort(null);
        System.out.printf("%-24s median %6.0f ms (min %.0f, max %.0f, n=%d), %,d bytes, heap peak +%d MB above the %d MB"
                        + " before, %d MB used after a GC%n", what, nanos.get(nanos.size() / 2) / 1e6, nanos.get(0) / 1e6,
                nanos.get(nanos.size() - 1) / 1e6, nanos.size(), size, peak >> 20,
                baseline >> 20, memory.getHeapMemoryUsage().getUsed() >> 20);
    }

    private static SessionResults results(Random random) {
        List<Station> stations = new ArrayList<>();
        for (int s = 0; s < STATIONS; s++) {
            List<Item> items = new ArrayList<>();
            for (int i = 0; i < ITEMS; i++) {
                items.add(new Item("item-" + i, "Rubric item " + i + " of station " + s + ", as written in the grid", 2, i == 0));
            }
            stations.add(new Station("station-" + s, "Station " + s + " title", ITEMS * 2, items));
        }
        String[] last = {"Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau"};
        String[] first = {"Camille", "Hugo", "Léa", "Jules", "Emma", "Louis", "Chloé", "Gabriel", "Inès", "Arthur"};
        List<Student> students = new ArrayList<>();
        for (int n = 0; n < STUDENTS; n++) {
            Map<String, StationResult> byStation = new LinkedHashMap<>();
            for (Station station : stations) {
                if (random.nextInt(100) < 3) {
                    continue;
                }
                Map<String, Integer> points = new HashMap<>();
                Map<String, Integer> ai = new HashMap<>();
                int total = 0;
                for (Item item : station.items()) {
                    int p = random.nextInt(3);
                    points.put(item.itemId(), p);
                    ai.put(item.itemId(), p);
                    total += p;
                }
                List<SessionResults.Override> overrides = new ArrayList<>();
                if (random.nextInt(100) < 5) {
                    ai.put("item-1", (points.get("item-1") + 1) % 3);
                    overrides.add(new SessionResults.Override("item-1", ai.get("item-1"), points.get("item-1"),
                            "The student did it at 03:10 in the transcript", "examiner" + random.nextInt(20),
                            Instant.parse("2026-11-20T09:00:00Z").plusSeconds(n * 60L)));
                }
                byStation.put(station.stationId(), new StationResult(n * 100L + byStation.size(), total, station.maxPoints(),
                        points, ai, 3, random.nextInt(10) > 0, overrides));
            }
            students.add(new Student(String.format("S%07d", n), "student" + n, last[n % 10], first[n / 10 % 10],
                    "student" + n + "@univ.example", "G" + (n % 8), byStation));
        }
        return new SessionResults(1, "Benchmark session", "Cohort 2026", Instant.parse("2026-11-27T08:00:00Z"), stations,
                students);
    }

    private static SessionStatistics statistics(SessionResults results) {
        List<StationStatistics> stations = new ArrayList<>();
        for (Station s : results.stations()) {
            stations.add(new StationStatistics(s.stationId(), s.title(), 970, s.maxPoints(), 10.1, 2.5, 2, 10, 19, 9.5,
                    "borderline-regression", 9.5, 0.62, 0.41, 0.8, 0.91, 0.77, List.of(0, 1, 5, 40, 150, 300, 300, 140, 30, 4)));
        }
        Map<String, StudentOutcome> outcomes = new HashMap<>();
        for (Student st : results.students()) {
            int total = st.results().values().stream().mapToInt(StationResult::total).sum();
            int max = st.results().values().stream().mapToInt(StationResult::max).sum();
            outcomes.put(st.username(), new StudentOutcome(st.username(), total, max, max == 0 ? 0 : 100.0 * total / max,
                    st.results().size(), st.results().size() / 2, total >= 0.475 * max));
        }
        return new SessionStatistics(1000, 0.78, 114, 240, stations, List.of(), outcomes);
    }

    /** Counts the bytes written and keeps none. */
    private static final class Counting extends OutputStream {

        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
