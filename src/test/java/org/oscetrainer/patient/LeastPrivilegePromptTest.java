package org.oscetrainer.patient;

import org.oscetrainer.llm.LlmProperties;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.oscetrainer.catalog.HiddenDiagnosis;
import org.oscetrainer.catalog.Rubric;
import org.oscetrainer.catalog.Scenario;
import org.oscetrainer.catalog.StationFiles;
import org.oscetrainer.common.Words;
import org.oscetrainer.patient.internal.PatientPrompt;
import org.oscetrainer.patient.internal.ScriptedPatient;

/**
 * Least privilege (issue 12, part 1): over every station, the patient's system prompt (plain and with
 * the reminder) holds no diagnosis, alias, differential, examination finding, test result or rubric
 * text; and an examination or test request is answered by the examiner's voice from the script, in
 * both engines, without calling the LLM.
 */
class LeastPrivilegePromptTest {

    @Test
    void thePromptHoldsOnlyWhatThePatientKnows() throws Exception {
        PatientPrompt prompt = new PatientPrompt();
        List<String> found = new ArrayList<>();
        int stations = 0;
        try (var files = Files.list(Path.of("scenarios"))) {
            for (Path file : files.sorted().toList()) {
                stations++;
                String name = file.getFileName().toString();
                String id = name.replace(".yaml", "");
                String source = Files.readString(file, StandardCharsets.UTF_8);
                Scenario scenario = StationFiles.scenario(name, source).orElseThrow();
                HiddenDiagnosis hidden = StationFiles.hiddenDiagnosis(name, source);
                String text = Words.fold(prompt.systemMessage(scenario) + "\n" + prompt.remindedSystemMessage(scenario));
                for (String f : forbidden(name, source, scenario, hidden)) {
                    if (text.contains(Words.fold(f))) {
                        found.add(id + ": " + f);
                    }
                }
            }
        }
        assertThat(stations).isGreaterThanOrEqualTo(12);
        assertThat(found).isEmpty();
    }

    /**
     * The same over every station for {@code llm-script}: the request that asks the model which facts answer a
     * question (a real HTTP request to a local OpenAI-compatible server) holds only what the patient knows.
     */
    @Test
    void theFactChoiceRequestHoldsOnlyWhatThePatientKnows() throws Exception {
        List<String> found = new ArrayList<>();
        int stations = 0;
        var scheduler = Executors.newScheduledThreadPool(2);
        var calls = Executors.newCachedThreadPool();
        try (FakeOpenAiServer server = new FakeOpenAiServer(); var files = Files.list(Path.of("scenarios"))) {
            server.script(FakeOpenAiServer.Script.completion("{\"facts\": []}"));
            var clients = new org.oscetrainer.llm.LlmClients(new LlmProperties(server.baseUrl(), "m", null, 0.4, 200,
                    Duration.ofSeconds(20), Duration.ofSeconds(10)));
            var scripted = new ScriptedPatient(scheduler, 0);
            var engine = new org.oscetrainer.patient.internal.ScriptChoicePatient(clients, Duration.ofSeconds(5), scripted,
                    new org.oscetrainer.patient.internal.LlmResilience(
                            org.oscetrainer.llm.LlmResilienceProperties.defaults(), scheduler), calls);
            var service = new PatientService(engine, scripted, new PatientProperties("llm-script", Duration.ZERO, true));
            for (Path file : files.sorted().toList()) {
                stations++;
                String name = file.getFileName().toString();
                String source = Files.readString(file, StandardCharsets.UTF_8);
                Scenario scenario = StationFiles.scenario(name, source).orElseThrow();
                RecordingStream stream = new RecordingStream();
                service.reply(scenario, List.of(), "Tell me about yourself.", stream);
                assertThat(stream.await().engine()).isEqualTo("llm-script");
                // the user message: the facts, the recent exchanges and the question (the system prompt is the same for all)
                String request = Words.fold(server.requests().get(server.requests().size() - 1).body()
                        .path("messages").path(1).path("content").asText());
                assertThat(request).contains("\"facts\"");
                for (String f : forbidden(name, source, scenario, StationFiles.hiddenDiagnosis(name, source))) {
                    if (request.contains(Words.fold(f))) {
                        found.add(name + ": " + f);
                    }
                }
            }
        } finally {
            scheduler.shutdownNow();
            calls.shutdownNow();
        }
        assertThat(stations).isGreaterThanOrEqualTo(12);
        assertThat(found).isEmpty();
    }

    /** What the patient does not know: the hidden truth's names it never says, the findings, the rubric's items. */
    private static List<String> forbidden(String name, String source, Scenario scenario, HiddenDiagnosis hidden)
            throws Exception {
        List<String> forbidden = new ArrayList<>(hidden.allTerms().stream()
                .filter(t -> t.length() >= 4 && !said(scenario, t)).toList());
        scenario.findings().forEach(f -> forbidden.add(f.text()));
        Path rubricFile = Path.of("rubrics", name);
        if (Files.exists(rubricFile)) {
            Rubric rubric = StationFiles.rubric(name, Files.readString(rubricFile)).orElseThrow();
            rubric.items().forEach(i -> forbidden.add(i.label()));
        }
        return forbidden;
    }

    /** A name of the hidden truth that the patient's own facts say (the aunt's "embolie pulmonaire") may be there. */
    private static boolean said(Scenario scenario, String term) {
        String folded = Words.fold(term);
        return scenario.facts().stream().anyMatch(f -> Words.fold(f.text()).contains(folded))
                || Words.fold(scenario.patient().personality() + " " + scenario.doorNote()).contains(folded);
    }

    @Test
    void theExaminerAnswersExaminationsInTheLlmEngineWithoutCallingTheModel() throws Exception {
        try (FakeOpenAiServer server = new FakeOpenAiServer()) {
            var scheduler = Executors.newScheduledThreadPool(2);
            try {
                var llm = new org.oscetrainer.patient.internal.LlmPatient(new LlmProperties(server.baseUrl(), "m", null,
                        0.4, 200, Duration.ofSeconds(20), Duration.ofSeconds(10)), new PatientPrompt(), scheduler);
                var service = new PatientService(llm, new ScriptedPatient(scheduler, 0),
                        new PatientProperties("llm", Duration.ZERO, true));
                Scenario scenario = StationFiles.scenario("chest-pain-en.yaml",
                        Files.readString(Path.of("scenarios/chest-pain-en.yaml"))).orElseThrow();
                RecordingStream stream = new RecordingStream();
                service.reply(scenario, List.of(), "Can I see the ECG, please?", stream);
                PatientReply reply = stream.await();
                assertThat(reply.text()).startsWith("[Examiner] ");
                assertThat(server.requests()).isEmpty();
            } finally {
                scheduler.shutdownNow();
            }
        }
    }
}
