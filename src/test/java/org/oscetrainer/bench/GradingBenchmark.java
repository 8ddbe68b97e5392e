package org.oscetrainer.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.oscetrainer.catalog.Rubric;
import org.oscetrainer.catalog.StationFiles;
import org.oscetrainer.encounter.NoteAnswer;
import org.oscetrainer.encounter.TranscriptTurn;
import org.oscetrainer.scoring.ChecklistScorer;
import org.oscetrainer.scoring.NoteScorer;

/**
 * Measures the offline grader (checklist and note) on one encounter per shipped rubric: 60 student turns
 * built from the rubric's own phrasings, each answered by the patient, and a note with three headed
 * sections. Reports CPU time per encounter (this thread's, so other work on the machine counts less),
 * after a warm-up. Issue 13 asks for under 200 ms. Not part of the test run:
 * {@code mvn -Pproduction,bench verify -Dtest=GradingBenchmark}. Prints figures, asserts none.
 */
@Tag("benchmark")
class GradingBenchmark {

    private static final int ROUNDS = 20;

    @Test
    void gradeOneEncounter() throws Exception {
        List<Rubric> rubrics = new ArrayList<>();
        try (var files = Files.list(Path.of("rubrics"))) {
            for (Path file : files.sorted().toList()) {
                // read with its scenario, as the catalog reads it, so that the production grader is measured
                Path scenario = Path.of("scenarios").resolve(file.getFileName());
                rubrics.add(StationFiles.rubric(file.toString(), Files.readString(file), scenario.toString(),
                        Files.readString(scenario)).orElseThrow());
            }
        }
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        List<Long> times = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            for (Rubric rubric : rubrics) {
                String language = rubric.stationId().endsWith("-fr") ? "fr" : "en";
                List<TranscriptTurn> turns = encounter(rubric);
                String noteText = "Summary: " + String.join(", ", rubric.noteItems().get(0).evidence())
                        + ". Diagnosis: " + String.join(", ", rubric.noteItems().get(1).evidence())
                        + ". Plan: " + String.join(", ", rubric.noteItems().get(2).evidence()) + ".";
                List<NoteAnswer> note = rubric.noteItems().stream()
                        .map(n -> new NoteAnswer(n.id(), n.question(), noteText, Instant.EPOCH)).toList();
                long start = cpu.getCurrentThreadCpuTime();
                new ChecklistScorer().grade(rubric, language, turns);
                new NoteScorer().score(rubric, language, note);
                times.add(cpu.getCurrentThreadCpuTime() - start);
            }
        }
        List<Long> warm = new ArrayList<>(times.subList(times.size() / 2, times.size()));
        Collections.sort(warm);
        System.out.printf(Locale.ROOT, "%n=== Offline grader, one encounter (%d rubrics, CPU time, warm) ===%n"
                + "  p50 %.1f ms, p99 %.1f ms, max %.1f ms; first (cold) %.1f ms%n", rubrics.size(),
                warm.get(warm.size() / 2) / 1e6, warm.get((int) (warm.size() * 0.99)) / 1e6, warm.get(warm.size() - 1) / 1e6,
                times.get(0) / 1e6);
    }

    /** Sixty student turns asking the rubric's phrasings as questions, each answered by the patient. */
    private static List<TranscriptTurn> encounter(Rubric rubric) {
        List<String> hints = new ArrayList<>();
        rubric.items().forEach(i -> hints.addAll(i.evidence()));
        List<TranscriptTurn> turns = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            String q = hints.get(i % hints.size()) + " and " + hints.get((i * 7 + 3) % hints.size()) + "?";
            turns.add(new TranscriptTurn(1000 + turns.size(), turns.size() + 1, TranscriptTurn.Speaker.STUDENT, q, null,
                    Instant.EPOCH));
            turns.add(new TranscriptTurn(1000 + turns.size(), turns.size() + 1, TranscriptTurn.Speaker.PATIENT,
                    "I'm not sure, doctor.", null, Instant.EPOCH));
        }
        return turns;
    }
}
