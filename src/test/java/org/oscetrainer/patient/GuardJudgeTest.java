package org.oscetrainer.patient;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oscetrainer.catalog.HiddenDiagnosis;
import org.oscetrainer.catalog.Scenario;
import org.oscetrainer.llm.LlmClients;
import org.oscetrainer.llm.LlmProperties;
import org.oscetrainer.patient.FakeOpenAiServer.Script;
import org.oscetrainer.patient.GuardrailVerdict.Outcome;
import org.oscetrainer.patient.internal.LlmJudge;
import org.oscetrainer.patient.internal.LlmPatient;
import org.oscetrainer.patient.internal.PatientPrompt;
import org.oscetrainer.patient.internal.ScriptedPatient;

/**
 * The guard's optional judge ({@code osce.guard.judge=llm}) over real HTTP: one local OpenAI-compatible
 * server plays the patient's model (streaming), another the judge (JSON). The reply is shown sentence by
 * sentence, each sentence once the judge has passed it; a judge that says "reveals", is late, fails or
 * answers anything but its JSON withholds the reply.
 */
class GuardJudgeTest {

    private static final HiddenDiagnosis HIDDEN = new HiddenDiagnosis("Inferior myocardial infarction",
            List.of("STEMI", "heart attack", "infarctus du myocarde"),
            List.of(new HiddenDiagnosis.Differential("Aortic dissection", List.of("dissection aortique")),
                    new HiddenDiagnosis.Differential("Pulmonary embolism", List.of("PE"))), false);

    /**
     * Three sentences no rule of the guard objects to: only the judge decides. (Its second sentence was "My father had
     * the same thing.": a likening to a relative's illness the station never gives, which the script-support check now
     * withholds.)
     */
    private static final String[] REPLY = {"It ", "feels ", "like ", "a ", "weight ", "on ", "my ", "chest. ", "My ",
            "wife ", "was ", "so ", "worried ", "today. ", "I'm ", "scared."};
    private static final String REPLY_TEXT = String.join("", REPLY);

    private static final String PASSES = "{\"reveals\": false, \"outOfCharacter\": false, \"reason\": \"symptoms only\"}";

    private FakeOpenAiServer patientModel;
    private FakeOpenAiServer judgeModel;
    private ScheduledExecutorService scheduler;
    private final Scenario scenario = TestScenarios.chestPain();

    @BeforeEach
    void start() throws Exception {
        patientModel = new FakeOpenAiServer();
        judgeModel = new FakeOpenAiServer();
        scheduler = Executors.newScheduledThreadPool(2);
        patientModel.script(Script.streaming(REPLY));
    }

    @AfterEach
    void stop() {
        patientModel.close();
        judgeModel.close();
        scheduler.shutdownNow();
    }

    private PatientService service(Duration judgeTimeout) {
        var llm = new LlmPatient(properties(patientModel), new PatientPrompt(), scheduler);
        var judge = new LlmJudge(new LlmClients(properties(judgeModel)), new GuardProperties("llm", judgeTimeout, 200, 0));
        return new PatientService(llm, new ScriptedPatient(scheduler, 0), new PatientProperties("llm", Duration.ZERO, true),
                s -> HIDDEN, judge);
    }

    private static LlmProperties properties(FakeOpenAiServer server) {
        return new LlmProperties(server.baseUrl(), "test-model", null, 0.4, 200, Duration.ofSeconds(10),
                Duration.ofSeconds(5));
    }

    private RecordingStream ask(PatientService service) throws Exception {
        RecordingStream stream = new RecordingStream();
        service.reply(scenario, List.of(), "How would you describe the pain?", stream);
        stream.await();
        return stream;
    }

    @Test
    void aReplyTheJudgePassesIsShownSentenceBySentenceAfterEachJudgement() throws Exception {
        judgeModel.script(Script.completion(PASSES));

        RecordingStream stream = ask(service(Duration.ofSeconds(2)));
        PatientReply reply = stream.await();

        assertThat(reply.guardrail()).isEqualTo(GuardrailVerdict.PASSED);
        assertThat(reply.engine()).isEqualTo("llm");
        assertThat(String.join("", stream.tokens)).isEqualTo(REPLY_TEXT);
        // released at sentence ends, each after its judgement: one request per sentence
        assertThat(stream.tokens).containsExactly("It feels like a weight on my chest. ", "My wife was so worried today. ",
                "I'm scared.");
        assertThat(judgeModel.requests()).hasSize(3);
        assertThat(judgeModel.requests().get(0).body().path("messages").path(1).path("content").asText())
                .contains("\"reply\":\"It feels like a weight on my chest.\"");
        assertThat(judgeModel.requests().get(2).body().path("messages").path(1).path("content").asText())
                .contains(REPLY_TEXT);
    }

    @Test
    void theFirstClauseIsJudgedAndShownBeforeItsSentenceEnds() throws Exception {
        patientModel.script(Script.streaming("It ", "started ", "about ", "an ", "hour ", "ago, ", "doctor, ", "and ", "it ",
                "has ", "not ", "gone ", "away. ", "Oh, ", "it ", "hurts."));
        judgeModel.script(Script.completion(PASSES));

        RecordingStream stream = ask(service(Duration.ofSeconds(2)));
        stream.await();

        // the first clause on its own (four words or more before its comma), then sentence by sentence: a short
        // clause later on ("Oh,") waits for its sentence
        assertThat(stream.tokens).containsExactly("It started about an hour ago, ", "doctor, and it has not gone away. ",
                "Oh, it hurts.");
        assertThat(judgeModel.requests()).hasSize(3);
        assertThat(judgeModel.requests().get(0).body().path("messages").path(1).path("content").asText())
                .contains("\"reply\":\"It started about an hour ago,\"");
    }

    @Test
    void aReplyTheJudgeSaysRevealsIsNeverShownAndTheScriptedPatientAnswers() throws Exception {
        judgeModel.script(Script.completion("{\"reveals\": true, \"outOfCharacter\": false, "
                + "\"reason\": \"describes a heart attack\"}"));

        RecordingStream stream = ask(service(Duration.ofSeconds(2)));
        PatientReply reply = stream.await();

        assertThat(reply.guardrail().outcome()).isEqualTo(Outcome.REPLACED_BY_SCRIPTED);
        assertThat(reply.guardrail().rules()).containsExactly("judge:reveals", "judge:reveals");
        assertThat(reply.engine()).isEqualTo("scripted");
        // withheld before anything was shown: no retraction, no word of the model's reply ever sent
        assertThat(stream.retractions.get()).isZero();
        assertThat(String.join("", stream.everyToken)).isEqualTo(reply.text()).doesNotContain("weight");
        assertThat(patientModel.requests()).hasSize(2); // asked once more with the reminder
    }

    @Test
    void aReplyTheJudgeFindsOutOfCharacterIsWithheld() throws Exception {
        judgeModel.script(Script.completion("{\"reveals\": false, \"outOfCharacter\": true, \"reason\": \"a program\"}"));

        PatientReply reply = ask(service(Duration.ofSeconds(2))).await();

        assertThat(reply.guardrail().outcome()).isEqualTo(Outcome.REPLACED_BY_SCRIPTED);
        assertThat(reply.guardrail().rules()).containsExactly("judge:ooc", "judge:ooc");
    }

    @Test
    void theJudgeIsAskedWhatAFrameCarriesAndWhetherTheSceneIsStaged() throws Exception {
        // a reply no rule withholds: the speaker's drip is a prop, with no machine, actor or exam word (guard16)
        patientModel.script(Script.streaming("Don't ", "mind ", "the ", "tube ", "on ", "my ", "hand, ", "it's ", "only ",
                "stuck ", "on ", "with ", "tape ", "for ", "the ", "day. "));
        judgeModel.script(Script.completion("{\"reveals\": false, \"outOfCharacter\": true, "
                + "\"reason\": \"the equipment is a prop\"}"));

        RecordingStream stream = ask(service(Duration.ofSeconds(2)));
        PatientReply reply = stream.await();

        assertThat(reply.guardrail().rules()).containsExactly("judge:ooc", "judge:ooc");
        assertThat(String.join("", stream.everyToken)).doesNotContain("tape");
        String system = judgeModel.requests().get(0).body().path("messages").path(0).path("content").asText();
        // what a frame carries (organ, mechanism, treatment, in another voice) and a staged scene without machine words
        assertThat(system).contains("Judge what the frame carries, not the frame", "how the disease is treated",
                "not really this patient", "props", "stands in for someone", "someone tells them how to act");
    }

    @Test
    void aSlowJudgeFailsClosed() throws Exception {
        judgeModel.script(Script.slowStart(Duration.ofSeconds(3), PASSES));

        long start = System.nanoTime();
        RecordingStream stream = ask(service(Duration.ofMillis(300)));
        PatientReply reply = stream.await();
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(reply.guardrail().outcome()).isEqualTo(Outcome.REPLACED_BY_SCRIPTED);
        assertThat(reply.guardrail().rules()).containsExactly("judge-unavailable");
        assertThat(String.join("", stream.everyToken)).doesNotContain("weight");
        // not asked again: a judge that cannot judge would not judge the second reply either
        assertThat(patientModel.requests()).hasSize(1);
        assertThat(millis).isLessThan(2_500);
    }

    @Test
    void aJudgeAnsweringAnythingButItsJsonFailsClosed() throws Exception {
        for (String answer : List.of("The reply looks fine to me.", "{\"reveals\": \"no\", \"outOfCharacter\": false}",
                "{\"outOfCharacter\": false}", "[false, false]", "{\"reveals\": false, \"outOfCharacter\": false")) {
            judgeModel.script(Script.completion(answer));

            RecordingStream stream = ask(service(Duration.ofSeconds(2)));
            PatientReply reply = stream.await();

            assertThat(reply.guardrail().rules()).as(answer).containsExactly("judge-unavailable");
            assertThat(String.join("", stream.everyToken)).as(answer).doesNotContain("weight");
        }
    }

    @Test
    void aJudgeAnsweringAnHttpErrorFailsClosed() throws Exception {
        judgeModel.script(Script.error(500));

        PatientReply reply = ask(service(Duration.ofSeconds(2))).await();

        assertThat(reply.guardrail().outcome()).isEqualTo(Outcome.REPLACED_BY_SCRIPTED);
        assertThat(reply.guardrail().rules()).containsExactly("judge-unavailable");
    }

    @Test
    void theJudgeSeesTheHiddenTruthAndTheReplyButNeverThePatientsPrompt() throws Exception {
        judgeModel.script(Script.completion(PASSES));

        ask(service(Duration.ofSeconds(2)));

        assertThat(judgeModel.requests()).isNotEmpty();
        String patientPrompt = new PatientPrompt().systemMessage(scenario);
        for (FakeOpenAiServer.Received request : judgeModel.requests()) {
            String body = request.body().toString();
            assertThat(request.body().path("stream").asBoolean(false)).isFalse();
            assertThat(request.body().path("temperature").asDouble()).isZero();
            assertThat(body).contains("Inferior myocardial infarction", "STEMI", "infarctus du myocarde",
                    "Aortic dissection", "dissection aortique", "Pulmonary embolism");
            // nothing of the patient's prompt: persona, facts, the canary
            assertThat(body).doesNotContain("CANARY-", "bus driver", "ramipril", "twenty a day", "John Carter");
            for (String line : patientPrompt.lines().filter(l -> l.length() > 30).toList()) {
                assertThat(body).doesNotContain(line);
            }
        }
        // and the patient's model never sees the hidden truth
        for (FakeOpenAiServer.Received request : patientModel.requests()) {
            assertThat(request.body().toString()).doesNotContainIgnoringCase("infarction").doesNotContain("STEMI");
        }
    }

    @Test
    void scriptedRepliesAndTheExaminersVoiceAreNotJudged() throws Exception {
        judgeModel.script(Script.completion("{\"reveals\": true, \"outOfCharacter\": true, \"reason\": \"x\"}"));
        var scripted = new ScriptedPatient(scheduler, 0);
        var judge = new LlmJudge(new LlmClients(properties(judgeModel)),
                new GuardProperties("llm", Duration.ofSeconds(2), 200, 0));
        var service = new PatientService(scripted, scripted, new PatientProperties("scripted", Duration.ZERO, true),
                s -> HIDDEN, judge);
        RecordingStream stream = new RecordingStream();

        service.reply(scenario, List.of(), "When did the pain start?", stream);
        PatientReply reply = stream.await();

        assertThat(reply.guardrail()).isEqualTo(GuardrailVerdict.PASSED);
        assertThat(judgeModel.requests()).isEmpty();
    }
}
