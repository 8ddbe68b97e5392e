package org.oscetrainer.patient.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.oscetrainer.catalog.HiddenDiagnosis;
import org.oscetrainer.catalog.Scenario;
import org.oscetrainer.catalog.StationFiles;

/**
 * What the guard remembers between checks (the station's terms and checks made once, {@link StationGuard};
 * what each word says, {@link TermWords}; the readings shared by the checks of one text, {@link ReplyText})
 * changes no verdict. Long replies (several replies of the blind set in a row: benign ones, then a disguised
 * leak) are streamed word by word through one {@link Guardrails}, as {@link GuardedStream} checks them, after
 * the other stations' replies; at every word the verdict and the safe cut must equal those of checks made
 * from scratch on that text alone (terms cut again, nothing remembered, each check reading the text itself).
 */
class StreamedVerdictsTest {

    /** Long replies per station: 1 in the test command (for time), {@code -Dstreamed.replies=3} for the longer run. */
    private static final int LONG_REPLIES_PER_STATION = Integer.getInteger("streamed.replies", 1);
    private static final int BENIGN_PER_LONG_REPLY = 5;

    /** Stations checked at once (2 unless {@code -Dstreamed.threads=}): each streams through its own {@link Guardrails}. */
    private static final int THREADS = Integer.getInteger("streamed.threads", 2);

    /** What one station's long replies gave. */
    private record Checked(int texts, int withheld, List<String> differences) {
    }

    @Test
    void aStreamedReplysVerdictsAreThoseOfTheWholeTextSoFarCheckedFromScratch() throws Exception {
        List<Path> stations;
        try (var files = Files.list(Path.of("src/test/resources/blind/leak-replies"))) {
            stations = files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        // the stations share nothing but what the guard remembers for every station of a node (which the replies
        // of many students check at once in the app), so they are checked side by side and summed in their order
        List<Checked> results = new ArrayList<>();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(THREADS);
        try {
            List<java.util.concurrent.Future<Checked>> running = new ArrayList<>();
            for (Path file : stations) {
                running.add(pool.submit(() -> station(file)));
            }
            for (var station : running) {
                results.add(station.get());
            }
        } finally {
            pool.shutdownNow();
        }
        int checked = results.stream().mapToInt(Checked::texts).sum();
        int withheld = results.stream().mapToInt(Checked::withheld).sum();
        List<String> differences = results.stream().flatMap(r -> r.differences().stream()).toList();
        System.out.printf("Streamed verdicts: %d texts checked, %d break a rule, %d differences%n", checked, withheld,
                differences.size());
        assertThat(checked).as("texts checked").isGreaterThan(1000 * LONG_REPLIES_PER_STATION);
        assertThat(withheld).as("texts that break a rule: the comparison covers hits as well as passes")
                .isGreaterThan(30 * LONG_REPLIES_PER_STATION).isLessThan(checked - 300 * LONG_REPLIES_PER_STATION);
        assertThat(differences).isEmpty();
    }

    /** One station's long replies streamed word by word, each text so far compared with a check from scratch. */
    private static Checked station(Path file) throws Exception {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        List<String> differences = new ArrayList<>();
        int checked = 0;
        int withheld = 0;
        JsonNode set = yaml.readTree(file.toFile());
        String id = set.get("station").asText();
        String source = Files.readString(Path.of("scenarios", id + ".yaml"));
        Scenario scenario = StationFiles.scenario(id + ".yaml", source).orElseThrow();
        HiddenDiagnosis hidden = StationFiles.hiddenDiagnosis(id + ".yaml", source);
        List<String> benign = new ArrayList<>();
        List<String> leaking = new ArrayList<>();
        for (JsonNode reply : set.get("replies")) {
            ("pass".equals(reply.get("expect").asText()) ? benign : leaking).add(reply.get("text").asText());
        }
        List<String> conversation = List.of(scenario.patient().openingLine(), "And what do you think it is?");
        List<LeakTerms.Term> terms = LeakTerms.of(hidden, scenario);
        List<List<String>> saids = hidden.disclosedByStudent()
                ? List.of(List.of(), List.of(hidden.diagnosis())) : List.of(List.of());
        for (List<String> studentSaid : saids) {
            Guardrails streamed = new Guardrails(scenario, hidden, conversation, studentSaid, null);
            List<LeakTerms.Term> fromScratchTerms = studentSaid.isEmpty() ? terms
                    : terms.stream().filter(t -> !LeakTerms.DIAGNOSIS.equals(t.rule())).toList();
            for (int r = 0; r < LONG_REPLIES_PER_STATION; r++) {
                StringBuilder reply = new StringBuilder();
                for (int b = 0; b < BENIGN_PER_LONG_REPLY; b++) {
                    reply.append(benign.get((r * BENIGN_PER_LONG_REPLY + b) % benign.size())).append(' ');
                }
                // a different disguise each time, spread over the station's list
                reply.append(leaking.get((r * leaking.size()) / LONG_REPLIES_PER_STATION));
                String text = reply.toString();
                for (int n = 1; n <= text.length(); n++) {
                    if (n < text.length() && !Character.isWhitespace(text.charAt(n - 1))) {
                        continue;
                    }
                    String soFar = text.substring(0, n);
                    Optional<Violation> expected = fromScratch(scenario, fromScratchTerms, conversation, soFar);
                    Optional<Violation> actual = streamed.check(soFar);
                    checked++;
                    if (expected.isPresent()) {
                        withheld++;
                    }
                    if (!expected.equals(actual)) {
                        differences.add(id + " @" + n + " " + expected + " but streamed " + actual + " :: " + soFar);
                    }
                    int cut = new LeakCheck(fromScratchTerms, Canary.code(scenario)).safeCut(soFar, n);
                    if (cut != streamed.safeCut(soFar, n)) {
                        differences.add(id + " @" + n + " safe cut " + cut + " but streamed "
                                + streamed.safeCut(soFar, n) + " :: " + soFar);
                    }
                }
            }
        }
        return new Checked(checked, withheld, differences);
    }

    /** The checks of {@link Guardrails}, in its order, made anew for {@code text} alone. */
    private static Optional<Violation> fromScratch(Scenario scenario, List<LeakTerms.Term> terms, List<String> conversation,
            String text) {
        List<GuardrailCheck> checks = List.of(new LeakCheck(terms, Canary.code(scenario)), new OutOfCharacterCheck(),
                new LanguageCheck(scenario.language()), new InventedFactCheck(scenario, conversation),
                new ScriptSupportCheck(ScriptSupportCheck.Station.of(scenario), conversation));
        for (GuardrailCheck check : checks) {
            Optional<Violation> v = check.check(text);
            if (v.isPresent()) {
                return v;
            }
        }
        return Optional.empty();
    }
}
