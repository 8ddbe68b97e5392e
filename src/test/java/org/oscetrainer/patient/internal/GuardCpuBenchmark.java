package org.oscetrainer.patient.internal;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.oscetrainer.catalog.HiddenDiagnosis;
import org.oscetrainer.catalog.Scenario;
import org.oscetrainer.catalog.StationFiles;
import org.oscetrainer.patient.Exchange;
import org.oscetrainer.patient.PatientReply;
import org.oscetrainer.patient.PatientUnavailableException;
import org.oscetrainer.patient.ReplyStream;

/**
 * The rule checks' CPU time for one streamed reply (issue 12, part 5), without the network: the guard of
 * one question on chest-pain-en (its real hidden truth) is made, then a {@link GuardedStream} is fed the
 * fake's text (docs/performance.md: "It started about an hour ago, doctor, and it has not gone away
 * since." over and over) one word at a time, as fast as it takes it, and completes. Thread CPU time, so a
 * loaded machine slows the run but hardly the figure. Replies of {@code guard.cpu.words} words (30 and 100
 * by default), {@code guard.cpu.replies} (100) of each after as many to warm up. Not part of the test run:
 * {@code mvn -Pproduction,bench test -Dtest=GuardCpuBenchmark}. Prints figures, asserts none.
 */
@Tag("benchmark")
class GuardCpuBenchmark {

    private static final int REPLIES = Integer.getInteger("guard.cpu.replies", 100);
    private static final String LENGTHS = System.getProperty("guard.cpu.words", "30,100");
    private static final String[] WORDS = {"It ", "started ", "about ", "an ", "hour ", "ago, ", "doctor, ", "and ", "it ",
        "has ", "not ", "gone ", "away ", "since. "};

    @Test
    void cpuTimeOfTheRuleChecksPerStreamedReply() throws Exception {
        String source = Files.readString(Path.of("scenarios/chest-pain-en.yaml"), StandardCharsets.UTF_8);
        Scenario scenario = StationFiles.scenario("chest-pain-en.yaml", source).orElseThrow();
        HiddenDiagnosis hidden = StationFiles.hiddenDiagnosis("chest-pain-en.yaml", source);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        StringBuilder report = new StringBuilder(String.format("%nGuard CPU time per streamed reply (chest-pain-en, "
                + "word by word, thread CPU), %d replies after %d to warm up%n", REPLIES, REPLIES));
        for (String length : LENGTHS.split(",")) {
            int words = Integer.parseInt(length.strip());
            List<String> tokens = new ArrayList<>();
            for (int i = 0; i < words; i++) {
                tokens.add(WORDS[i % WORDS.length]);
            }
            for (int i = 0; i < REPLIES; i++) {
                stream(scenario, hidden, tokens, i);
            }
            List<Long> cpu = new ArrayList<>();
            for (int i = 0; i < REPLIES; i++) {
                long before = threads.getCurrentThreadCpuTime();
                stream(scenario, hidden, tokens, i);
                cpu.add(threads.getCurrentThreadCpuTime() - before);
            }
            Collections.sort(cpu);
            report.append(String.format("%3d-word reply: p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, mean %.2f ms (guard made"
                    + " for the question, checks as it streams, and the whole reply at the end)%n", words,
                    cpu.get(cpu.size() / 2) / 1e6, cpu.get((int) (cpu.size() * 0.9)) / 1e6,
                    cpu.get(Math.min(cpu.size() - 1, (int) (cpu.size() * 0.99))) / 1e6,
                    cpu.stream().mapToLong(Long::longValue).average().orElse(0) / 1e6));
        }
        System.out.println(report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/guard-cpu-report.txt"), report.toString());
    }

    /** One question's guard, and its reply streamed through it. */
    private static void stream(Scenario scenario, HiddenDiagnosis hidden, List<String> tokens, int question) {
        Guardrails guardrails = Guardrails.forQuestion(scenario, hidden, List.of(new Exchange(Exchange.Speaker.PATIENT,
                scenario.patient().openingLine())), "Question " + question + ": how did it start?");
        int[] outcome = new int[1];
        GuardedStream stream = new GuardedStream(guardrails, new ReplyStream() {
            @Override
            public void token(String token) {
            }

            @Override
            public void completed(PatientReply reply) {
            }

            @Override
            public void failed(PatientUnavailableException error) {
            }
        }, new GuardedStream.Outcome() {
            @Override
            public void passed(PatientReply reply) {
                outcome[0] = 1;
            }

            @Override
            public void broke(PatientReply reply, Violation violation, boolean shown) {
                throw new IllegalStateException("the fake's text broke " + violation);
            }

            @Override
            public void failed(PatientUnavailableException error, boolean shown) {
                throw new IllegalStateException(error);
            }

            @Override
            public void abandoned(PatientUnavailableException error, boolean shown) {
                throw new IllegalStateException(error);
            }
        });
        tokens.forEach(stream::token);
        stream.completed(new PatientReply(String.join("", tokens).strip(), "llm", "fake", "hash", 300, null, null));
        if (outcome[0] != 1) {
            throw new IllegalStateException("the reply did not pass");
        }
    }
}
