package org.oscetrainer.patient;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.oscetrainer.catalog.HiddenDiagnosis;
import org.oscetrainer.catalog.Scenario;
import org.oscetrainer.catalog.StationFiles;
import org.oscetrainer.llm.LlmClients;
import org.oscetrainer.llm.LlmProperties;
import org.oscetrainer.llm.LlmResilienceProperties;
import org.oscetrainer.patient.FakeOpenAiServer.Script;
import org.oscetrainer.patient.internal.LlmJudge;
import org.oscetrainer.patient.internal.LlmPatient;
import org.oscetrainer.patient.internal.LlmResilience;
import org.oscetrainer.patient.internal.PatientPrompt;
import org.oscetrainer.patient.internal.ScriptedPatient;

/**
 * What the guard adds to the first visible token (issue 12, part 5), at {@code guard.students} (50) students
 * asking at once, with the fake timings of docs/performance.md (300 ms to the first token, then 30 tokens
 * every 20 ms; a sentence every 14 words). For each question: (first text the student receives − question)
 * − (the fake's first token sent − its request received), i.e. what the app adds to the model's own first
 * token, in three set-ups on the same station (chest-pain-en, its real hidden truth):
 * the LLM patient unguarded; the guard's rule checks (word-by-word release); the guard with the LLM judge
 * (sentence-by-sentence release, the judge's fake answering after {@code guard.judgeMs}, 200 ms).
 * With each set-up's figures, the JVM's CPU time per reply (the fakes' included, so compare set-ups: the
 * difference is the guard's). No Spring, no database: the patient service alone. Not part of the test run:
 * {@code mvn -Pproduction,bench test -Dtest=GuardLatencyBenchmark}. Prints figures, asserts none.
 */
@Tag("benchmark")
class GuardLatencyBenchmark {

    private static final int STUDENTS = Integer.getInteger("guard.students", 50);
    private static final int TURNS = Integer.getInteger("guard.turns", 5);
    private static final int THINK_MS = Integer.getInteger("guard.thinkMs", 2000);
    private static final int JUDGE_MS = Integer.getInteger("guard.judgeMs", 200);

    private enum Setup { UNGUARDED, RULES, RULES_AND_JUDGE }

    @Test
    void addedLatencyToTheFirstVisibleToken() throws Exception {
        String source = Files.readString(Path.of("scenarios/chest-pain-en.yaml"), StandardCharsets.UTF_8);
        Scenario scenario = StationFiles.scenario("chest-pain-en.yaml", source).orElseThrow();
        HiddenDiagnosis hidden = StationFiles.hiddenDiagnosis("chest-pain-en.yaml", source);
        StringBuilder report = new StringBuilder(String.format("%nGuard latency, %d students x %d questions, think %d ms"
                + " ± 50 %%, fake 300 ms to first token then 30 tokens every 20 ms, judge %d ms, %d cores%n",
                STUDENTS, TURNS, THINK_MS, JUDGE_MS, Runtime.getRuntime().availableProcessors()));
        if (Boolean.parseBoolean(System.getProperty("guard.warmUp", "true"))) {
            run(Setup.RULES, scenario, hidden, null); // warm-up (JIT), not reported
        }
        for (Setup setup : Setup.values()) {
            List<Long> added = new CopyOnWriteArrayList<>();
            List<Long> visible = new CopyOnWriteArrayList<>();
            long cpuBefore = processCpuNanos();
            run(setup, scenario, hidden, new List[] {added, visible});
            double cpuPerReply = (processCpuNanos() - cpuBefore) / 1e6 / (STUDENTS * TURNS);
            report.append(String.format("%-16s added to first visible token: %s | question -> first visible: %s"
                    + " | process CPU per reply %.1f ms%n", setup, percentiles(added), percentiles(visible), cpuPerReply));
        }
        System.out.println(report);
        Files.writeString(Path.of("target/guard-latency-report.txt"), report.toString());
    }

    @SuppressWarnings("unchecked")
    private void run(Setup setup, Scenario scenario, HiddenDiagnosis hidden, List<Long>[] out) throws Exception {
        try (FakeOpenAiServer model = new FakeOpenAiServer(2); FakeOpenAiServer judgeModel = new FakeOpenAiServer(1)) {
            model.recordRequests(false);
            judgeModel.recordRequests(false);
            model.script(Script.paced(30, Duration.ofMillis(300), Duration.ofMillis(20)));
            judgeModel.script(Script.slowStart(Duration.ofMillis(JUDGE_MS),
                    "{\"reveals\": false, \"outOfCharacter\": false, \"reason\": \"symptoms only\"}"));
            ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2);
            ScheduledExecutorService students = Executors.newScheduledThreadPool(4);
            try {
                var properties = new LlmProperties(model.baseUrl(), "fake", null, 0.4, 300, Duration.ofSeconds(20),
                        Duration.ofSeconds(10));
                var llm = new LlmPatient(properties, new PatientPrompt(), scheduler, new LlmResilience(
                        new LlmResilienceProperties(1, Duration.ofMillis(10), 256, Duration.ofSeconds(30), 10, 1000, 100,
                                Duration.ofSeconds(1)), scheduler));
                LlmJudge judge = setup == Setup.RULES_AND_JUDGE ? new LlmJudge(new LlmClients(new LlmProperties(
                        judgeModel.baseUrl(), "fake", null, 0.4, 300, Duration.ofSeconds(20), Duration.ofSeconds(10))),
                        new GuardProperties("llm", Duration.ofSeconds(2), 200, 0)) : null;
                PatientService service = new PatientService(llm, new ScriptedPatient(scheduler, 0),
                        new PatientProperties("llm", Duration.ZERO, true), s -> hidden, judge);
                List<Exchange> history = List.of(new Exchange(Exchange.Speaker.PATIENT, scenario.patient().openingLine()));
                CountDownLatch done = new CountDownLatch(STUDENTS * TURNS);
                Map<String, long[]> asked = new ConcurrentHashMap<>();
                AtomicInteger failures = new AtomicInteger();
                for (int s = 0; s < STUDENTS; s++) {
                    int student = s;
                    students.schedule(new Runnable() {
                        int turn;

                        @Override
                        public void run() {
                            String question = "Student " + student + " question " + turn + ": how did it start?";
                            long[] times = {System.nanoTime(), 0};
                            asked.put(question, times);
                            Runnable next = this;
                            ReplyStream stream = new ReplyStream() {
                                @Override
                                public void token(String token) {
                                    if (times[1] == 0) {
                                        times[1] = System.nanoTime();
                                    }
                                }

                                @Override
                                public void completed(PatientReply reply) {
                                    finish();
                                }

                                @Override
                                public void failed(PatientUnavailableException error) {
                                    failures.incrementAndGet();
                                    finish();
                                }

                                private void finish() {
                                    done.countDown();
                                    if (++turn < TURNS) {
                                        students.schedule(next, think(), TimeUnit.MILLISECONDS);
                                    }
                                }
                            };
                            if (setup == Setup.UNGUARDED) {
                                llm.reply(scenario, history, question, stream);
                            } else {
                                service.reply(scenario, history, question, stream);
                            }
                        }
                    }, ThreadLocalRandom.current().nextInt(Math.max(1, THINK_MS)), TimeUnit.MILLISECONDS);
                }
                if (!done.await(5, TimeUnit.MINUTES)) {
                    throw new IllegalStateException("the run did not finish in 5 minutes");
                }
                if (out != null) {
                    asked.forEach((question, times) -> {
                        FakeOpenAiServer.FirstToken first = model.firstTokens().get(question);
                        if (first != null && times[1] != 0) {
                            out[1].add(times[1] - times[0]);
                            out[0].add((times[1] - times[0]) - first.firstTokenNanos());
                        }
                    });
                }
                if (failures.get() > 0) {
                    System.out.println(setup + ": " + failures.get() + " replies failed");
                }
            } finally {
                students.shutdownNow();
                scheduler.shutdownNow();
            }
        }
    }

    /** The JVM's CPU time (this benchmark, the fakes and the app's code alike): compared between set-ups. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static long think() {
        return (long) (THINK_MS * (0.5 + ThreadLocalRandom.current().nextDouble()));
    }

    private static String percentiles(List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        if (sorted.isEmpty()) {
            return "no samples";
        }
        return String.format("n %d, p50 %.0f / p95 %.0f / p99 %.0f / max %.0f ms", sorted.size(), at(sorted, 0.5),
                at(sorted, 0.95), at(sorted, 0.99), sorted.get(sorted.size() - 1) / 1e6);
    }

    private static double at(List<Long> sorted, double p) {
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1))) / 1e6;
    }
}
