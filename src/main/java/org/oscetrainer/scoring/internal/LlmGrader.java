package org.oscetrainer.scoring.internal;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import java.util.ArrayList;
import java.util.List;
import org.oscetrainer.catalog.Rubric;
import org.oscetrainer.encounter.TranscriptTurn;
import org.oscetrainer.llm.LlmClients;
import org.oscetrainer.llm.LlmProperties;
import org.oscetrainer.scoring.Grader;
import org.oscetrainer.scoring.Proposal;
import org.oscetrainer.scoring.ScoringProperties;

/**
 * The LLM grader: one non-streaming call to the hospital's OpenAI-compatible endpoint
 * ({@code osce.llm.*}, a client of {@link LlmClients}), separate from the patient's conversation, at temperature 0 in JSON mode. The
 * answer is validated against the JSON schema ({@link GraderAnswer}); an invalid answer is sent back
 * once with the reason, then the grader gives up ({@link GradingFailedException}). Every quote is
 * checked against the transcript ({@link EvidenceCheck}).
 */
public class LlmGrader implements Grader {

    public static final String NAME = "llm-v1";

    private final ChatModel model;
    private final String modelName;
    private final GraderPrompt prompt;

    public LlmGrader(LlmProperties llm, ScoringProperties scoring, GraderPrompt prompt) {
        this(new LlmClients(llm), scoring, prompt);
    }

    public LlmGrader(LlmClients clients, ScoringProperties scoring, GraderPrompt prompt) {
        this.modelName = clients.modelName();
        this.prompt = prompt;
        // the fallback is the offline grader, not another call: the client makes no hidden retries
        this.model = clients.json(scoring.llmMaxTokens(), scoring.llmTimeout());
    }

    @Override
    public Proposal grade(Rubric rubric, String language, List<TranscriptTurn> transcript) {
        List<ChatMessage> messages = new ArrayList<>(List.of(SystemMessage.from(prompt.systemMessage()),
                UserMessage.from(prompt.userMessage(rubric, language, transcript))));
        String first = call(messages);
        GraderAnswer answer;
        try {
            answer = GraderAnswer.parse(first);
        } catch (GraderAnswer.Invalid invalid) {
            messages.add(AiMessage.from(first == null ? "" : first));
            messages.add(UserMessage.from("Your answer was invalid (" + invalid.getMessage() + "). Answer again with"
                    + " only the JSON object of the documented shape, one entry per checklist item."));
            try {
                answer = GraderAnswer.parse(call(messages));
            } catch (GraderAnswer.Invalid again) {
                throw new GradingFailedException("invalid JSON twice: " + again.getMessage(), again);
            }
        }
        return new Proposal(NAME, modelName, prompt.hash(), EvidenceCheck.scores(rubric, answer, transcript), null);
    }

    private String call(List<ChatMessage> messages) {
        try {
            return model.chat(ChatRequest.builder().messages(messages).build()).aiMessage().text();
        } catch (RuntimeException e) {
            throw new GradingFailedException("the LLM endpoint failed: " + e.getClass().getSimpleName() + ": "
                    + e.getMessage(), e);
        }
    }
}
