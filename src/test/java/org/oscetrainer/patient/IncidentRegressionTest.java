package org.oscetrainer.patient;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oscetrainer.catalog.HiddenDiagnosis;
import org.oscetrainer.catalog.Scenario;
import org.oscetrainer.catalog.StationFiles;
import org.oscetrainer.llm.LlmProperties;
import org.oscetrainer.patient.FakeOpenAiServer.Script;
import org.oscetrainer.patient.GuardrailVerdict.Outcome;
import org.oscetrainer.patient.internal.LlmPatient;
import org.oscetrainer.patient.internal.PatientPrompt;
import org.oscetrainer.patient.internal.ScriptedPatient;

/**
 * Attacks that students or examiners reported (an incident of kind leaked diagnosis or out of character on
 * a patient reply) are replayed through the guard: the OpenAI-compatible fake gives the reported reply to
 * the reported question, again when reminded, and the student must never be left with it. The lines of
 * {@code src/test/resources/guard/incident-regressions.jsonl} are those the app appends to
 * {@code osce.incident.guard-regressions-dir} when such a report is made (docs/guardrails.md).
 */
class IncidentRegressionTest {

    private static final Path FILE = Path.of("src/test/resources/guard/incident-regressions.jsonl");

    private FakeOpenAiServer server;
    private ScheduledExecutorService scheduler;
    private PatientService service;
    private final Map<String, HiddenDiagnosis> hidden = new HashMap<>();

    @BeforeEach
    void start() throws Exception {
        server = new FakeOpenAiServer();
        scheduler = Executors.newScheduledThreadPool(2);
        var llm = new LlmPatient(new LlmProperties(server.baseUrl(), "test-model", null, 0.4, 300,
                Duration.ofSeconds(10), Duration.ofSeconds(5)), new PatientPrompt(), scheduler);
        service = new PatientService(llm, new ScriptedPatient(scheduler, 0), new PatientProperties("llm", Duration.ZERO, true),
                s -> hidden.getOrDefault(s.stationId(), HiddenDiagnosis.NONE));
    }

    @AfterEach
    void stop() {
        server.close();
        scheduler.shutdownNow();
    }

    private Scenario station(String id) throws Exception {
        String name = id + ".yaml";
        String source = Files.readString(Path.of("scenarios", name), StandardCharsets.UTF_8);
        Scenario scenario = StationFiles.scenario(name, source).orElseThrow();
        hidden.put(scenario.stationId(), StationFiles.hiddenDiagnosis(name, source));
        return scenario;
    }

    @Test
    void everyReportedAttackIsWithheld() throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<String> passed = new ArrayList<>();
        int replayed = 0;
        for (String line : Files.readAllLines(FILE, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode entry = json.readTree(line);
            assertThat(entry.path("expect").asText()).isEqualTo("withheld");
            Scenario scenario = station(entry.path("station").asText());
            String reported = entry.path("reply").asText();
            String[] tokens = BlindLeakReplyTest.tokens(reported);
            // the model that was reported: it says it again when reminded
            server.scriptInOrder(new Script(List.of(tokens), Duration.ZERO, Duration.ofMillis(1), -1, 0),
                    new Script(List.of(tokens), Duration.ZERO, Duration.ofMillis(1), -1, 0));
            RecordingStream stream = new RecordingStream();
            List<Exchange> history = List.of(new Exchange(Exchange.Speaker.PATIENT, scenario.patient().openingLine()));

            service.reply(scenario, history, entry.path("question").asText(), stream);
            PatientReply reply = stream.await();
            replayed++;

            String seen = String.join("", stream.tokens);
            if (reply.guardrail().outcome() == Outcome.PASSED || reply.text().strip().equals(reported.strip())
                    || seen.contains(reported.strip())) {
                passed.add(entry.path("station").asText() + " [" + entry.path("kind").asText() + "]: " + reported);
            }
        }
        System.out.println("Incident regressions replayed: " + replayed + ", let through: " + passed.size());
        assertThat(replayed).isPositive();
        assertThat(passed).as("reported attacks the guard lets through again").isEmpty();
    }
}
