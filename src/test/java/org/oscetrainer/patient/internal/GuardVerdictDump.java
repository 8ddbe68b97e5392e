package org.oscetrainer.patient.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.oscetrainer.catalog.HiddenDiagnosis;
import org.oscetrainer.catalog.Scenario;
import org.oscetrainer.catalog.StationFiles;
import org.oscetrainer.patient.Exchange;

/**
 * Writes out every verdict (rule and span) of every reply of the frozen leak sets 1 to 7, checked at every word as it
 * grows and then whole, by one guard per reply that follows it (as the stream does), to
 * {@code target/guard-verdicts.txt}; and, in a second file, every single check's own verdict on every such text
 * ({@code target/guard-check-verdicts.txt}: each check sees every text, not only those the checks before it passed).
 * Run with main's classes and a branch's and compare the files byte for byte: a change to how the guard reads that
 * changes no verdict leaves them identical. {@code mvn -Pproduction,bench test -Dtest=GuardVerdictDump}.
 */
@Tag("benchmark")
class GuardVerdictDump {

    private static final Pattern WORD = Pattern.compile("\\S+\\s*");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

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
            for (String folder : List.of("leak-replies", "leak-replies-2", "leak-replies-3", "leak-replies-4",
                    "leak-replies-5", "leak-replies-6", "leak-replies-7")) {
                List<Path> files;
                try (var list = Files.list(Path.of("src/test/resources/blind", folder))) {
                    files = list.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
                }
                for (Path file : files) {
                    var root = YAML.readTree(file.toFile());
                    String name = (root.isArray() ? file.getFileName().toString().replaceFirst("\\.yaml$", "")
                            : root.get("station").asText()) + ".yaml";
                    var items = root.isArray() ? root : root.get("replies");
                    String source = Files.readString(Path.of("scenarios", name), StandardCharsets.UTF_8);
                    Scenario scenario = StationFiles.scenario(name, source).orElseThrow();
                    HiddenDiagnosis hidden = StationFiles.hiddenDiagnosis(name, source);
                    List<Exchange> history = List.of(new Exchange(Exchange.Speaker.PATIENT,
                            scenario.patient().openingLine()));
                    String question = "fr".equals(scenario.language()) ? "Et d'après vous, qu'est-ce que vous avez ?"
                            : "And what do you think is going on?";
                    for (int r = 0; r < items.size(); r++) {
                        String text = items.get(r).get("text").asText();
                        out.write("## " + folder + "/" + file.getFileName() + " #" + r + "\n");
                        each.write("## " + folder + "/" + file.getFileName() + " #" + r + "\n");
                        Guardrails following = Guardrails.forQuestion(scenario, hidden, history, question);
                        Guardrails separately = Guardrails.forQuestion(scenario, hidden, history, question);
                        List<GuardrailCheck> checks = (List<GuardrailCheck>) checksField.get(separately);
                        Matcher word = WORD.matcher(text);
                        int n = 0;
                        while (word.find()) {
                            String sofar = text.substring(0, word.end());
                            hits += write(out, each, following, checks, n++, sofar);
                            texts++;
                        }
                        hits += write(out, each, following, checks, -1, text.strip());
                        texts++;
                    }
                }
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
