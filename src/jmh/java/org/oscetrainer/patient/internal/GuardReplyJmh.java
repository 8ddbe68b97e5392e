package org.oscetrainer.patient.internal;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.oscetrainer.catalog.HiddenDiagnosis;
import org.oscetrainer.catalog.Scenario;
import org.oscetrainer.catalog.StationFiles;
import org.oscetrainer.patient.Exchange;
import org.oscetrainer.patient.PatientReply;
import org.oscetrainer.patient.PatientUnavailableException;
import org.oscetrainer.patient.ReplyStream;

/**
 * JMH: the guard's CPU per streamed reply (perf23). One op = one question's guard made ({@link Guardrails#forQuestion})
 * and one reply streamed through {@link GuardedStream} token by token on a gate of its own (every due check runs at
 * once, as on an idle node), then completed (the whole reply's check). Two workloads: {@code harnessReply}, the load
 * harness's 30-word reply on chest-pain-en ({@link GuardCpuBenchmark}'s), and {@code leakSetReply}, the replies of the
 * design leak sets 49, 52 and 55 ({@code leak-replies-16,-17,-18}, 3,600 replies of every class, benign and not) one
 * after another. Besides JMH's wall time, the thread CPU time of the ops is counted ({@code cpuNs}, {@code ops}: an
 * auxiliary counter summed per iteration): on a shared machine the CPU per op is the figure, wall time is not.
 * Not built by Maven: {@code scripts/guard-cpu-ab.sh} compiles it against a build's classes and runs main's and a
 * branch's classes in alternating forks.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class GuardReplyJmh {

    private static final String[] WORDS = {"It ", "started ", "about ", "an ", "hour ", "ago, ", "doctor, ", "and ",
        "it ", "has ", "not ", "gone ", "away ", "since. "};
    private static final Pattern WORD = Pattern.compile("\\S+\\s*|\\s+");

    /** Thread CPU time and ops of one iteration (summed, not divided by time). */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class Cpu {
        public long cpuNs;
        public long ops;

        @Setup(Level.Iteration)
        public void reset() {
            cpuNs = 0;
            ops = 0;
        }
    }

    /** What the ops stream. */
    @State(Scope.Thread)
    public static class Replies {
        Scenario scenario;
        HiddenDiagnosis hidden;
        List<String> harness = new ArrayList<>();
        List<LeakSetReplies> leakSets;
        List<List<String>> leakTokens = new ArrayList<>();
        int next;
        int question;
        final CheckGate gate = new CheckGate(1);
        final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

        @Setup(Level.Trial)
        public void load() throws Exception {
            String source = Files.readString(Path.of("scenarios/chest-pain-en.yaml"), StandardCharsets.UTF_8);
            scenario = StationFiles.scenario("chest-pain-en.yaml", source).orElseThrow();
            hidden = StationFiles.hiddenDiagnosis("chest-pain-en.yaml", source);
            for (int i = 0; i < 30; i++) {
                harness.add(WORDS[i % WORDS.length]);
            }
            leakSets = LeakSetReplies.of(List.of(System.getProperty("guard.jmh.sets",
                    "leak-replies-16,leak-replies-17,leak-replies-18").split(",")));
            for (LeakSetReplies r : leakSets) {
                List<String> tokens = new ArrayList<>();
                Matcher m = WORD.matcher(r.text());
                while (m.find()) {
                    tokens.add(m.group());
                }
                leakTokens.add(tokens);
            }
        }
    }

    @Benchmark
    public int harnessReply(Replies r, Cpu cpu) {
        long before = r.threads.getCurrentThreadCpuTime();
        Guardrails guard = Guardrails.forQuestion(r.scenario, r.hidden, List.of(new Exchange(Exchange.Speaker.PATIENT,
                r.scenario.patient().openingLine())), "Question " + (r.question++) + ": how did it start?");
        int outcome = stream(guard, r.gate, r.harness);
        cpu.cpuNs += r.threads.getCurrentThreadCpuTime() - before;
        cpu.ops++;
        return outcome;
    }

    @Benchmark
    public int leakSetReply(Replies r, Cpu cpu) {
        int i = r.next;
        r.next = (i + 1) % r.leakSets.size();
        long before = r.threads.getCurrentThreadCpuTime();
        int outcome = stream(r.leakSets.get(i).guard(), r.gate, r.leakTokens.get(i));
        cpu.cpuNs += r.threads.getCurrentThreadCpuTime() - before;
        cpu.ops++;
        return outcome;
    }

    private static int stream(Guardrails guard, CheckGate gate, List<String> tokens) {
        int[] outcome = new int[1];
        GuardedStream stream = new GuardedStream(guard, gate, new ReplyStream() {
            @Override
            public void token(String token) {
                outcome[0] += token.length();
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
                outcome[0] += 1;
            }

            @Override
            public void broke(PatientReply reply, Violation violation, boolean shown) {
                outcome[0] += 2;
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
        return outcome[0];
    }
}
