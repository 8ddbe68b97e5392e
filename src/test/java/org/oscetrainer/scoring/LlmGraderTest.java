package org.oscetrainer.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oscetrainer.catalog.Rubric;
import org.oscetrainer.encounter.TranscriptTurn;
import org.oscetrainer.encounter.TranscriptTurn.Speaker;
import org.oscetrainer.patient.FakeOpenAiServer;
import org.oscetrainer.patient.FakeOpenAiServer.Script;
import org.oscetrainer.llm.LlmProperties;
import org.oscetrainer.scoring.internal.FallbackGrader;
import org.oscetrainer.scoring.internal.GraderPrompt;
import org.oscetrainer.scoring.internal.LlmGrader;

/** The LLM grader over real HTTP against a local OpenAI-compatible server (no mock of LangChain4j). */
class LlmGraderTest {

    private final Rubric rubric = new Rubric("chest-pain-en", 1, List.of(
            new Rubric.Item("onset", "Asks about onset", "history", 1, List.of("when did it start")),
            new Rubric.Item("smoking", "Asks about smoking", "history", 1, List.of("smoke")),
            new Rubric.Item("associated", "Asks about associated symptoms", "history", 2, List.of("sweat", "nausea"))));

    private final List<TranscriptTurn> transcript = List.of(
            new TranscriptTurn(11, 1, Speaker.STUDENT, "Hello. When did the pain start?", null, Instant.EPOCH),
            new TranscriptTurn(12, 2, Speaker.PATIENT, "An hour ago. I smoke twenty a day, by the way.", null, Instant.EPOCH),
            new TranscriptTurn(13, 3, Speaker.STUDENT, "Have you been sweating or feeling sick?", null, Instant.EPOCH));

    private FakeOpenAiServer server;
    private Grader grader;

    @BeforeEach
    void start() throws IOException {
        server = new FakeOpenAiServer();
        var llm = new LlmProperties(server.baseUrl(), "grader-model", null, 0.4, 300, Duration.ofSeconds(5),
                Duration.ofSeconds(5));
        var scoring = new ScoringProperties("llm", Duration.ofSeconds(5), 2000);
        grader = new FallbackGrader(new LlmGrader(llm, scoring, new GraderPrompt()), new ChecklistScorer());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static final String VALID = """
            {"items": [
              {"itemId": "onset", "points": 1, "evidence": [{"turnId": 11, "quote": "When did the pain start?"}],
               "rationale": "Asks when the pain started."},
              {"itemId": "smoking", "points": 0, "evidence": [], "rationale": "Only the patient mentions smoking."},
              {"itemId": "associated", "points": 2, "evidence": [{"turnId": 13, "quote": "sweating or feeling sick"}],
               "rationale": "Sweating and nausea."}
            ]}""";

    @Test
    void aValidAnswerGivesItemsWithVerifiedQuotesAndItsProvenance() {
        server.script(Script.completion(VALID));

        Proposal proposal = grader.grade(rubric, "en", transcript);

        assertThat(proposal.grader()).isEqualTo(LlmGrader.NAME);
        assertThat(proposal.model()).isEqualTo("grader-model");
        assertThat(proposal.promptHash()).isEqualTo(new GraderPrompt().hash()).hasSize(16);
        assertThat(proposal.fallbackReason()).isNull();
        assertThat(proposal.items()).extracting(ItemScore::itemId, ItemScore::points, ItemScore::evidenceTurnId,
                ItemScore::evidenceSeq).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("onset", 1, 11L, 1),
                        org.assertj.core.groups.Tuple.tuple("smoking", 0, null, null),
                        org.assertj.core.groups.Tuple.tuple("associated", 2, 13L, 3));
        assertThat(proposal.items().get(2).evidenceQuote()).isEqualTo("sweating or feeling sick");
        assertThat(proposal.items().get(0).rationale()).isEqualTo("Asks when the pain started.");
        assertThat(proposal.items()).allSatisfy(i -> assertThat(i.flags()).isEmpty());

        assertThat(server.requests()).hasSize(1);
        var request = server.requests().get(0);
        assertThat(request.protocol()).isEqualTo("HTTP/1.1");
        assertThat(request.body().path("stream").asBoolean(false)).isFalse();
        assertThat(request.body().path("temperature").asDouble()).isZero();
        assertThat(request.body().path("response_format").path("type").asText()).isEqualTo("json_object");
        assertThat(request.body().path("messages").path(1).path("content").asText())
                .contains("\"turnId\" : 13", "\"itemId\" : \"associated\"");
    }

    @Test
    void anInvalidAnswerIsRetriedOnceWithTheReason() {
        server.scriptInOrder(Script.completion("Sure! Here are the scores: onset 1"), Script.completion(VALID));

        Proposal proposal = grader.grade(rubric, "en", transcript);

        assertThat(proposal.grader()).isEqualTo(LlmGrader.NAME);
        assertThat(proposal.items().get(0).points()).isEqualTo(1);
        assertThat(server.requests()).hasSize(2);
        assertThat(server.requests().get(1).body().path("messages").toString()).contains("Your answer was invalid");
    }

    @Test
    void twoInvalidAnswersFallBackToTheOfflineGraderAndSayWhy() {
        server.scriptInOrder(Script.completion("not json"), Script.completion("{\"items\": [{\"itemId\": \"onset\"}]}"));

        Proposal proposal = grader.grade(rubric, "en", transcript);

        assertThat(proposal.grader()).isEqualTo(ChecklistScorer.NAME);
        assertThat(proposal.model()).isNull();
        assertThat(proposal.fallbackReason()).contains("llm-v1", "invalid JSON twice", "points");
        assertThat(proposal.items().get(0).done()).as("onset, by the offline grader").isTrue();
        assertThat(server.requests()).hasSize(2);
    }

    @Test
    void anInventedQuoteIsDroppedAndTheItemFlagged() {
        server.script(Script.completion("""
                {"items": [
                  {"itemId": "onset", "points": 1, "evidence": [{"turnId": 11, "quote": "When exactly did it begin?"}]},
                  {"itemId": "smoking", "points": 1, "evidence": [{"turnId": 12, "quote": "I smoke twenty a day"}]},
                  {"itemId": "associated", "points": 2, "evidence": [{"turnId": 11, "quote": "feeling sick"},
                      {"turnId": 13, "quote": "feeling sick"}]}
                ]}"""));

        Proposal proposal = grader.grade(rubric, "en", transcript);

        ItemScore onset = proposal.items().get(0);
        assertThat(onset.points()).as("a quote the student never said").isZero();
        assertThat(onset.evidenceQuote()).isNull();
        assertThat(onset.flags()).containsExactly(ItemScore.UNVERIFIED_QUOTE);
        ItemScore smoking = proposal.items().get(1);
        assertThat(smoking.points()).as("the patient's words").isZero();
        assertThat(smoking.flags()).containsExactly(ItemScore.UNVERIFIED_QUOTE);
        ItemScore associated = proposal.items().get(2);
        assertThat(associated.points()).as("one quote under the wrong turn id, one verified").isEqualTo(2);
        assertThat(associated.evidenceTurnId()).isEqualTo(13L);
        assertThat(associated.flags()).containsExactly(ItemScore.UNVERIFIED_QUOTE);
    }

    @Test
    void anHttpErrorFallsBackToTheOfflineGraderWithoutRetrying() {
        server.script(Script.error(500));

        Proposal proposal = grader.grade(rubric, "en", transcript);

        assertThat(proposal.grader()).isEqualTo(ChecklistScorer.NAME);
        assertThat(proposal.fallbackReason()).contains("llm-v1", "LLM endpoint failed");
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void aSlowEndpointTimesOutAndFallsBack() throws IOException {
        server.script(new Script(List.of(VALID), Duration.ofSeconds(3), Duration.ZERO, -1, 0));
        var llm = new LlmProperties(server.baseUrl(), "grader-model", null, 0.4, 300, Duration.ofSeconds(1),
                Duration.ofSeconds(1));
        var quick = new FallbackGrader(new LlmGrader(llm, new ScoringProperties("llm", Duration.ofSeconds(1), 2000),
                new GraderPrompt()), new ChecklistScorer());

        Proposal proposal = quick.grade(rubric, "en", transcript);

        assertThat(proposal.grader()).isEqualTo(ChecklistScorer.NAME);
        assertThat(proposal.fallbackReason()).contains("LLM endpoint failed");
    }
}
