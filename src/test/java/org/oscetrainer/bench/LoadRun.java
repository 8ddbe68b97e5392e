package org.oscetrainer.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.oscetrainer.patient.FakeOpenAiServer.FirstToken;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/** The figures of one load run and their Markdown table. */
final class LoadRun {

    private LoadRun() {
    }

    /** What the report's figures were taken with: harness settings, the app's relevant settings, the machine. */
    static String header(LoadSettings settings, Environment env, AppProcess app) {
        var os = ManagementFactory.getOperatingSystemMXBean();
        var runtime = ManagementFactory.getRuntimeMXBean();
        StringBuilder s = new StringBuilder("# Load report\n\n");
        s.append("- Harness: ").append(settings.describe()).append('\n');
        s.append("- App: engine `").append(env.getProperty("osce.patient.engine")).append("`, fallback-to-scripted `")
                .append(env.getProperty("osce.patient.fallback-to-scripted")).append("`, Hikari max pool `")
                .append(env.getProperty("spring.datasource.hikari.maximum-pool-size", "10 (default)"))
                .append("`, Tomcat max threads `").append(env.getProperty("server.tomcat.threads.max", "200 (default)"))
                .append("`, database `").append(env.getProperty("spring.datasource.url", "embedded")).append("`\n");
        s.append("- Machine: ").append(os.getAvailableProcessors()).append(" cores, ").append(os.getName()).append(' ')
                .append(os.getArch()).append(", Java ").append(runtime.getVmVersion()).append(", max heap ")
                .append(Runtime.getRuntime().maxMemory() >> 20).append(" MiB; ").append(app == null
                        ? "the app, the fake LLM and the clients share one JVM\n"
                        : "the app in its own JVM (" + app + "), the fake LLM and the clients in the harness's\n");
        if (app != null) {
            s.append(String.format("- App ready %.1f s after its start (load average then %.2f); %s; JVM arguments `%s`%n",
                    app.readyAfter.toMillis() / 1e3, os.getSystemLoadAverage(), app.warmUpLine(),
                    System.getProperty("load.appJvmArgs", "")));
        }
        s.append("- Other `-Dosce.*` given: ").append(System.getProperties().stringPropertyNames().stream()
                .filter(k -> k.startsWith("osce.") || k.startsWith("spring.") || k.startsWith("server."))
                .sorted().map(k -> k + "=" + System.getProperty(k)).toList()).append("\n\n");
        return s.toString();
    }

    static final class Result {

        final int students;
        final LoadSettings settings;
        int connectErrors;
        int startErrors;
        int playErrors;
        double seconds;
        String loadDuring;
        /** CPU time over the played phase: the app's process (-1 in-process), and the harness's JVM. */
        long appCpuNanos = -1;
        long harnessCpuNanos;
        /** The app's CPU while idle (sockets open, encounters started, nobody asking), in cores. */
        double appIdleCores = -1;
        String jfr;
        private Percentiles added;
        private Percentiles toLlm;
        private Percentiles fromLlm;
        private Percentiles fakeFirstToken;
        private Percentiles replyCommit;
        private int questions;
        private int answered;
        private int degraded;
        private int missingFirstTokenTimes;
        /** The server's frames per question answered by the model (asked, tokens, reply), and of the fallback's. */
        private long llmFrames, llmTokenFrames, llmFrameChars, llmReplies, fallbackFrames;
        private final Map<String, Integer> failures = new TreeMap<>();
        private int lost;
        private int extraRows;
        private long heapBefore, heapConnected, heapStarted, heapOpen;

        Result(int students, LoadSettings settings) {
            this.students = students;
            this.settings = settings;
        }

        void heapPerEncounter(long before, long connected, long started, long open) {
            heapBefore = before;
            heapConnected = connected;
            heapStarted = started;
            heapOpen = open;
        }

        /**
         * Added latency of a turn: (client's first token − question sent) − (fake's first token sent −
         * request received), i.e. everything but the LLM's own time to first token.
         */
        void latencies(List<LoadStudent> playing, Map<String, FirstToken> fake) {
            List<Long> addedNanos = new ArrayList<>(), to = new ArrayList<>(), from = new ArrayList<>(),
                    fakeTtft = new ArrayList<>(), commit = new ArrayList<>();
            for (LoadStudent s : playing) {
                for (LoadStudent.Turn t : s.turns) {
                    questions++;
                    if (t.answered()) {
                        answered++;
                    } else {
                        failures.merge(t.outcome(), 1, Integer::sum);
                    }
                    if (t.outcome().equals("degraded")) {
                        degraded++;
                        fallbackFrames += t.frames();
                        continue;
                    }
                    if (t.answered()) {
                        llmReplies++;
                        llmFrames += t.frames();
                        llmTokenFrames += t.tokenFrames();
                        llmFrameChars += t.frameChars();
                    }
                    if (!t.answered() || t.firstTokenNanos() == 0) {
                        continue;
                    }
                    FirstToken f = fake.get(t.question());
                    if (f == null) {
                        missingFirstTokenTimes++;
                        continue;
                    }
                    addedNanos.add(t.firstTokenNanos() - t.sentNanos() - f.firstTokenNanos());
                    to.add(f.receivedNanos() - t.sentNanos());
                    from.add(t.firstTokenNanos() - f.sentNanos());
                    fakeTtft.add(f.firstTokenNanos());
                    commit.add(t.replyNanos() - t.lastTokenNanos());
                }
            }
            added = Percentiles.of(addedNanos);
            toLlm = Percentiles.of(to);
            fromLlm = Percentiles.of(from);
            fakeFirstToken = Percentiles.of(fakeTtft);
            replyCommit = Percentiles.of(commit);
        }

        /**
         * Compares each encounter's rows in {@code turn} with what its client saw: every turn announced
         * (opening, asked, reply) must be there with its text; rows nobody was told of are counted apart.
         */
        void lostTurns(List<LoadStudent> playing, JdbcTemplate jdbc) {
            for (LoadStudent s : playing) {
                Map<Long, String> rows = new TreeMap<>();
                jdbc.query("select id, speaker, text from turn where encounter_id = ?",
                        rs -> { rows.put(rs.getLong("id"), rs.getString("speaker") + ":" + rs.getString("text")); },
                        s.encounterId);
                int matched = 0;
                for (LoadStudent.SeenTurn seen : s.seen) {
                    if ((seen.speaker() + ":" + seen.text()).equals(rows.get(seen.id()))) {
                        matched++;
                    } else {
                        lost++;
                    }
                }
                extraRows += rows.size() - matched;
            }
        }

        String table() {
            long perEncounter = students == 0 ? 0 : (heapOpen - heapBefore) / students;
            StringBuilder s = new StringBuilder();
            s.append(String.format("## %d students × %d questions%n%n", students, settings.turns()));
            s.append("| figure | value |\n|---|---|\n");
            row(s, "students connected / started / playing errors", String.format("%d / %d / %d failed",
                    students - connectErrors, students - connectErrors - startErrors, playErrors));
            row(s, "questions asked / answered", questions + " / " + answered
                    + (degraded > 0 ? " (" + degraded + " by the scripted fallback)" : ""));
            row(s, "errors (by kind)", failures.isEmpty() ? "0" : failures.toString());
            row(s, "**added latency to first token**", "**" + added + "**");
            row(s, "— question sent → LLM request received", toLlm.toString());
            row(s, "— LLM first token sent → client received", fromLlm.toString());
            row(s, "fake LLM's own first token (configured " + settings.ttftMs() + " ms)", fakeFirstToken.toString());
            row(s, "last token → committed reply received", replyCommit.toString());
            if (llmReplies > 0) {
                row(s, "server frames per reply of the model (of them `token`; characters)", String.format(
                        "%.2f (%.2f; %.0f)", (double) llmFrames / llmReplies, (double) llmTokenFrames / llmReplies,
                        (double) llmFrameChars / llmReplies));
            }
            if (degraded > 0) {
                row(s, "server frames per reply of the fallback", String.format("%.1f", (double) fallbackFrames / degraded));
            }
            if (appCpuNanos >= 0) {
                row(s, "**app CPU per answered turn** (its process, played phase)", String.format("**%.1f ms** (%.1f s over %.1f s: %.2f cores)",
                        perTurn(appCpuNanos), appCpuNanos / 1e9, seconds, appCpuNanos / 1e9 / seconds));
                if (appIdleCores >= 0) {
                    double net = appCpuNanos - appIdleCores * seconds * 1e9;
                    row(s, "app CPU per answered turn, its idle CPU taken off", String.format("%.1f ms (idle: %.3f cores)",
                            perTurn((long) net), appIdleCores));
                }
                row(s, "harness JVM CPU per answered turn (clients, fake LLM, idle context)", String.format("%.1f ms",
                        perTurn(harnessCpuNanos)));
            } else {
                row(s, "JVM CPU per answered turn (app, clients and fake LLM together)", String.format("%.1f ms (%.2f cores)",
                        perTurn(harnessCpuNanos), harnessCpuNanos / 1e9 / seconds));
            }
            if (jfr != null) {
                row(s, "app's JFR profile of the played phase", "`" + jfr + "`");
            }
            row(s, "turns (question + reply) per second", String.format("%.1f over %.1f s", answered / seconds, seconds));
            row(s, "**lost turns** (announced, not in `turn`)", "**" + lost + "**"
                    + (extraRows > 0 ? " (" + extraRows + " rows no client was told of)" : ""));
            row(s, appCpuNanos >= 0 ? "heap per open encounter (the harness JVM: clients only)"
                    : "**heap per open encounter** (all open, after GC)", String.format("**%.0f KiB**", perEncounter / 1024.0));
            row(s, "— heap after GC: before / sockets open / encounters started / after the questions",
                    String.format("%d / %d / %d / %d MiB", heapBefore >> 20, heapConnected >> 20, heapStarted >> 20,
                            heapOpen >> 20));
            row(s, "load average (1 min) start → end of run", loadDuring);
            if (missingFirstTokenTimes > 0) {
                row(s, "answered turns without the fake's timing", String.valueOf(missingFirstTokenTimes));
            }
            return s.toString();
        }

        private double perTurn(long nanos) {
            return answered == 0 ? 0 : nanos / 1e6 / answered;
        }

        private static void row(StringBuilder s, String name, String value) {
            s.append("| ").append(name).append(" | ").append(value).append(" |\n");
        }
    }
}
