package org.oscetrainer.patient.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.oscetrainer.catalog.HiddenDiagnosis;
import org.oscetrainer.catalog.Scenario;
import org.oscetrainer.catalog.StationFiles;
import org.oscetrainer.patient.Exchange;

/**
 * The replies of frozen leak sets ({@code src/test/resources/blind/<folder>}), each with its station, its id, class
 * and expectation, and the question the guard is made for (the patient's opening line, then "what do you think is
 * going on?"), for the tests and tools that read the guard's verdicts on them reply by reply (one loader for all).
 */
record LeakSetReplies(String folder, String file, int index, String station, String id, String clazz, boolean block,
        Scenario scenario, HiddenDiagnosis hidden, List<Exchange> history, String question, String text) {

    /** Whether the set expects this reply stopped as out of character (counted apart from the leaks). */
    boolean outOfCharacter() {
        return "out-of-character".equals(clazz);
    }

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /** A guard made for this reply's question, as the stream makes one per reply. */
    Guardrails guard() {
        return Guardrails.forQuestion(scenario, hidden, history, question);
    }

    /** Every reply of the folders, in order: folder, file name, position in the file. */
    static List<LeakSetReplies> of(List<String> folders) throws IOException {
        return of(Path.of("src/test/resources/blind"), folders);
    }

    /**
     * The same for folders of the same format elsewhere (such as {@code src/test/resources/guard/benign-everyday}, a
     * reply without {@code expect: block} being benign).
     */
    static List<LeakSetReplies> of(Path sets, List<String> folders) throws IOException {
        List<LeakSetReplies> replies = new ArrayList<>();
        for (String folder : folders) {
            List<Path> files;
            try (var list = Files.list(sets.resolve(folder))) {
                files = list.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
            }
            for (Path file : files) {
                var root = YAML.readTree(file.toFile());
                // the first sets name their station inside, the later ones are a list named after it
                String station = root.isArray() ? file.getFileName().toString().replaceFirst("\\.yaml$", "")
                        : root.get("station").asText();
                String name = station + ".yaml";
                var items = root.isArray() ? root : root.get("replies");
                String source = Files.readString(Path.of("scenarios", name), StandardCharsets.UTF_8);
                Scenario scenario = StationFiles.scenario(name, source).orElseThrow();
                HiddenDiagnosis hidden = StationFiles.hiddenDiagnosis(name, source);
                List<Exchange> history = List.of(new Exchange(Exchange.Speaker.PATIENT, scenario.patient().openingLine()));
                String question = "fr".equals(scenario.language()) ? "Et d'après vous, qu'est-ce que vous avez ?"
                        : "And what do you think is going on?";
                for (int r = 0; r < items.size(); r++) {
                    var item = items.get(r);
                    replies.add(new LeakSetReplies(folder, file.getFileName().toString(), r, station,
                            item.path("id").asText(), item.path("class").asText(),
                            "block".equals(item.path("expect").asText()), scenario, hidden, history, question,
                            item.get("text").asText()));
                }
            }
        }
        return replies;
    }
}
