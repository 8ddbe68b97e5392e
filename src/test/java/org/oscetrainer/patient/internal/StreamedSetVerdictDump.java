package org.oscetrainer.patient.internal;

import java.io.BufferedWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.oscetrainer.patient.PatientReply;
import org.oscetrainer.patient.PatientUnavailableException;
import org.oscetrainer.patient.ReplyStream;

/**
 * Streams every reply of frozen leak sets through a question's guard and {@link GuardedStream}, word by word as
 * the model streams them, on one thread with a gate of its own (every due check runs at once, as on an idle node),
 * and writes, per reply, what the student was shown piece by piece, the outcome (passed, or the rule and span that
 * broke it, and whether part was shown) and the whole text's verdict, to {@code target/streamed-set-verdicts.txt};
 * it prints the file's SHA-256 and the thread CPU time of the streaming. Run with main's classes and a branch's and
 * compare: a change to how the guard reads that changes no verdict and shows nothing else gives the same file
 * (perf23: sets 49, 52, 55 = {@code leak-replies-16,-17,-18}, 3,600 replies). {@code -Dguard.stream.sets=…} picks
 * the folders (never a held-out one). Not part of the test run ({@code benchmark} tag).
 */
@Tag("benchmark")
class StreamedSetVerdictDump {

    private static final Pattern WORD = Pattern.compile("\\S+\\s*|\\s+");
    private static final List<String> SETS = List.of(System.getProperty("guard.stream.sets",
            "leak-replies-16,leak-replies-17,leak-replies-18").split(","));

    @Test
    void writeEveryStreamedVerdict() throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Files.createDirectories(Path.of("target"));
        Path file = Path.of("target/streamed-set-verdicts.txt");
        CheckGate gate = new CheckGate(1);
        List<LeakSetReplies> replies = LeakSetReplies.of(SETS);
        long cpu = 0;
        int broke = 0;
        int shownThenBroke = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            for (LeakSetReplies reply : replies) {
                long before = threads.getCurrentThreadCpuTime();
                StringBuilder line = new StringBuilder();
                Guardrails guard = reply.guard();
                List<String> shown = new ArrayList<>();
                String[] outcome = new String[1];
                GuardedStream stream = new GuardedStream(guard, gate, new ReplyStream() {
                    @Override
                    public void token(String token) {
                        shown.add(token);
                    }

                    @Override
                    public void completed(PatientReply r) {
                    }

                    @Override
                    public void failed(PatientUnavailableException error) {
                    }
                }, new GuardedStream.Outcome() {
                    @Override
                    public void passed(PatientReply r) {
                        outcome[0] = "passed";
                    }

                    @Override
                    public void broke(PatientReply r, Violation violation, boolean wasShown) {
                        outcome[0] = "broke " + violation.rule() + " | " + violation.span() + " | shown " + wasShown;
                    }

                    @Override
                    public void failed(PatientUnavailableException error, boolean wasShown) {
                        outcome[0] = "failed " + error;
                    }

                    @Override
                    public void abandoned(PatientUnavailableException error, boolean wasShown) {
                        outcome[0] = "abandoned " + error.getCause();
                    }
                });
                Matcher word = WORD.matcher(reply.text());
                while (word.find()) {
                    stream.token(word.group());
                }
                stream.completed(new PatientReply(reply.text().strip(), "llm", "fake", "hash", 300, null, null));
                String whole = reply.guard().check(reply.text().strip()).map(v -> v.rule() + " | " + v.span())
                        .orElse("-");
                cpu += threads.getCurrentThreadCpuTime() - before;
                if (outcome[0] != null && outcome[0].startsWith("broke")) {
                    broke++;
                    shownThenBroke += outcome[0].endsWith("shown true") ? 1 : 0;
                }
                line.append("## ").append(reply.folder()).append('/').append(reply.file()).append(" #")
                        .append(reply.index()).append('\n').append(outcome[0]).append('\n').append("whole ")
                        .append(whole).append('\n').append("shown ")
                        .append(String.join("\u241F", shown).replace("\n", "\\n"))
                        .append('\n');
                out.write(line.toString());
            }
        }
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        System.out.printf("Streamed verdicts: %d replies of %s, %d broke a rule (%d after part was shown); "
                + "SHA-256 %s; thread CPU %.0f ms (%.2f ms a reply: its guard made, streamed, the whole checked "
                + "again)%n",
                replies.size(), SETS, broke, shownThenBroke, sha, cpu / 1e6, cpu / 1e6 / replies.size());
    }
}
