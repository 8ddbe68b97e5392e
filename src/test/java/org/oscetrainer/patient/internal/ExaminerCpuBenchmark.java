package org.oscetrainer.patient.internal;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.oscetrainer.catalog.Scenario;
import org.oscetrainer.catalog.StationFiles;

/**
 * The examiner's answer looked for at every question of both engines ({@link Examiner#answer}), thread CPU per
 * question, on the load harness's questions (chest-pain-en, "When did the pain start? (load-17, question 3)": each
 * question unique, as in the harness, so no query is remembered whole). Run it on two builds' classes to compare them
 * (docs/performance.md, "perf15"). Not part of the test run: {@code mvn -Pproduction,bench test
 * -Dtest=ExaminerCpuBenchmark}. Prints figures, asserts none.
 */
@Tag("benchmark")
class ExaminerCpuBenchmark {

    private static final int QUESTIONS = Integer.getInteger("examiner.cpu.questions", 20_000);
    private static final String[] ASKED = {"When did the pain start?", "Do you smoke?",
        "Does the pain spread anywhere?", "Any medicines?", "What is your job?", "Any allergies?"};

    @Test
    void cpuTimeOfTheExaminersAnswerPerQuestion() throws Exception {
        String source = Files.readString(Path.of("scenarios/chest-pain-en.yaml"), StandardCharsets.UTF_8);
        Scenario scenario = StationFiles.scenario("chest-pain-en.yaml", source).orElseThrow();
        Examiner examiner = new Examiner(new StationMatchers());
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        StringBuilder report = new StringBuilder();
        for (int round = 0; round < 4; round++) {
            long answered = 0;
            long before = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < QUESTIONS; i++) {
                String question = String.format("%s (load-r%d-%d, question %d)", ASKED[i % ASKED.length], round, i / 5,
                        i % 5);
                answered += examiner.answer(scenario, question).isPresent() ? 1 : 0;
            }
            long cpu = threads.getCurrentThreadCpuTime() - before;
            report.append(String.format("round %d: %.1f µs of thread CPU per question (%d questions, %d answered)%n",
                    round, cpu / 1e3 / QUESTIONS, QUESTIONS, answered));
        }
        System.out.println(report);
    }
}
