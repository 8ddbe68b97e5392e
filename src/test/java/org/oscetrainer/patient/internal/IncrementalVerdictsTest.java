package org.oscetrainer.patient.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.oscetrainer.catalog.HiddenDiagnosis;
import org.oscetrainer.catalog.Scenario;
import org.oscetrainer.catalog.StationFiles;
import org.oscetrainer.patient.Exchange;

/**
 * The guard of one question remembers what it read in the earlier checks of a reply that grows (the searches around
 * what is new: {@link GrowingTextSearch}); its verdict on each text must be the one a guard that reads the text afresh
 * gives. Replies of the frozen leak sets ({@code blind/leak-replies} to {@code -5}, every {@value #EVERY}th reply, all
 * their kinds), streamed word by word as the model streams them, then checked whole as the finished reply is: every
 * verdict of the guard that has followed the reply equals that of a new guard for the same text, rule and span.
 */
class IncrementalVerdictsTest {

    private static final int EVERY = 16;
    private static final Pattern WORD = Pattern.compile("\\S+\\s*");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void theGuardFollowingAGrowingReplyGivesTheVerdictsOfAGuardReadingItAfresh() throws Exception {
        int replies = 0;
        int checks = 0;
        int broken = 0;
        for (String folder : List.of("leak-replies", "leak-replies-2", "leak-replies-3", "leak-replies-4",
                "leak-replies-5")) {
            List<Path> files;
            try (var list = Files.list(Path.of("src/test/resources/blind", folder))) {
                files = list.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
            }
            for (Path file : files) {
                var root = YAML.readTree(file.toFile());
                // the first sets name their station inside, the later ones are a list named after it
                String name = (root.isArray() ? file.getFileName().toString().replaceFirst("\\.yaml$", "")
                        : root.get("station").asText()) + ".yaml";
                var items = root.isArray() ? root : root.get("replies");
                String source = Files.readString(Path.of("scenarios", name), StandardCharsets.UTF_8);
                Scenario scenario = StationFiles.scenario(name, source).orElseThrow();
                HiddenDiagnosis hidden = StationFiles.hiddenDiagnosis(name, source);
                List<Exchange> history = List.of(new Exchange(Exchange.Speaker.PATIENT, scenario.patient().openingLine()));
                String question = "fr".equals(scenario.language()) ? "Et d'après vous, qu'est-ce que vous avez ?"
                        : "And what do you think is going on?";
                for (int r = 0; r < items.size(); r += EVERY) {
                    String text = items.get(r).get("text").asText();
                    Guardrails following = Guardrails.forQuestion(scenario, hidden, history, question);
                    Matcher word = WORD.matcher(text);
                    StringBuilder sofar = new StringBuilder();
                    while (word.find()) {
                        sofar.append(word.group());
                        checks++;
                        broken += same(following, scenario, hidden, history, question, sofar.toString()) ? 1 : 0;
                    }
                    checks++;
                    broken += same(following, scenario, hidden, history, question, text.strip()) ? 1 : 0;
                    replies++;
                }
            }
        }
        assertThat(replies).isGreaterThan(300);
        assertThat(broken).as("texts on which a rule fired (the comparison covers verdicts, not only passes)")
                .isGreaterThan(checks / 20);
    }

    /** Asserts that both guards give the same verdict on {@code text}; whether a rule fired. */
    private static boolean same(Guardrails following, Scenario scenario, HiddenDiagnosis hidden, List<Exchange> history,
            String question, String text) {
        Optional<Violation> followed = following.check(text);
        Optional<Violation> afresh = Guardrails.forQuestion(scenario, hidden, history, question).check(text);
        assertThat(followed).as(text).isEqualTo(afresh);
        return afresh.isPresent();
    }
}
