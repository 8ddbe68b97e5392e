package org.oscetrainer.patient.internal;

import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Writes out every verdict (rule and span) of every reply of the frozen leak sets 1 to 8, checked at every word as it
 * grows and then whole, by one guard per reply that follows it (as the stream does), to
 * {@code target/guard-verdicts.txt}; and, in a second file, every single check's own verdict on every such text
 * ({@code target/guard-check-verdicts.txt}: each check sees every text, not only those the checks before it passed).
 * Run with main's classes and a branch's and compare the files byte for byte: a change to how the guard reads that
 * changes no verdict leaves them identical. {@code mvn -Pproduction,bench test -Dtest=GuardVerdictDump}.
 */
@Tag("benchmark")
class GuardVerdictDump {

    private static final Pattern WORD = Pattern.compile("\\S+\\s*");
    /**
     * The frozen leak sets read: 1 to 8 (the older sets; set 9, held out, only with {@code -Dguard.dump.sets=…} once at
     * the end of a round).
     */
    private static final List<String> SETS = List.of(System.getProperty("guard.dump.sets", "leak-replies,leak-replies-2,"
            + "leak-replies-3,leak-replies-4,leak-replies-5,leak-replies-6,leak-replies-7,leak-replies-8").split(","));

    @Test
    @SuppressWarnings("unchecked")
    void writeEveryVerdict() throws Exception {
        var checksField = Guardrails.class.getDeclaredField("checks");
        checksField.setAccessible(true);
        Files.createDirectories(Path.of("target"));
        long texts = 0;
        long hits = 0;
        try (BufferedWriter out = Files.newBufferedWriter(Path.of("target/guard-verdicts.txt"));
                BufferedWriter each = Files.newBufferedWriter(Path.of("target/guard-check-verdicts.txt"))) {
            for (LeakSetReplies reply : LeakSetReplies.of(SETS)) {
                String text = reply.text();
                String heading = "## " + reply.folder() + "/" + reply.file() + " #" + reply.index() + "\n";
                out.write(heading);
                each.write(heading);
                Guardrails following = reply.guard();
                List<GuardrailCheck> checks = (List<GuardrailCheck>) checksField.get(reply.guard());
                Matcher word = WORD.matcher(text);
                int n = 0;
                while (word.find()) {
                    hits += write(out, each, following, checks, n++, text.substring(0, word.end()));
                    texts++;
                }
                hits += write(out, each, following, checks, -1, text.strip());
                texts++;
            }
        }
        System.out.printf("Guard verdicts written: %d texts, %d with a violation%n", texts, hits);
    }

    private static int write(BufferedWriter out, BufferedWriter each, Guardrails following, List<GuardrailCheck> checks,
            int n, String text) throws Exception {
        Optional<Violation> v = following.check(text);
        out.write(n + " " + v.map(x -> x.rule() + " | " + x.span()).orElse("-") + "\n");
        ReplyText reply = new ReplyText(text);
        StringBuilder line = new StringBuilder().append(n);
        for (GuardrailCheck check : checks) {
            line.append(" [").append(check.check(reply).map(x -> x.rule() + " | " + x.span()).orElse("-")).append(']');
        }
        each.write(line.append('\n').toString());
        return v.isPresent() ? 1 : 0;
    }
}
