package org.oscetrainer.patient.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import org.oscetrainer.catalog.HiddenDiagnosis;
import org.oscetrainer.llm.LlmClients;
import org.oscetrainer.patient.GuardProperties;

/**
 * The guard's optional judge ({@code osce.guard.judge=llm}): a separate request to the hospital's cluster
 * that reads a patient reply beside the station's hidden truth (diagnosis, aliases, differentials) and
 * says whether a reader would learn it, or would see the patient step out of character. It never sees
 * the patient's prompt, and the reply is sent as data inside a JSON object. Prompt:
 * {@code prompts/guard-judge.st}. An answer that is late, an HTTP error or anything but the documented
 * JSON object is {@link Unavailable}: the caller fails closed.
 */
public final class LlmJudge {

    static final String PROMPT = "prompts/guard-judge.st";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What the judge said about one reply. */
    record Judgement(boolean reveals, boolean outOfCharacter, String reason) {
    }

    /** The judge could not give a judgement: timeout, HTTP error, or not the documented JSON. */
    static final class Unavailable extends Exception {
        Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final ChatModel model;
    private final String prompt;

    public LlmJudge(LlmClients clients, GuardProperties guard) {
        this(clients.json(guard.judgeMaxTokens(), guard.judgeTimeout()));
    }

    LlmJudge(ChatModel model) {
        this.model = model;
        this.prompt = PatientPrompt.load(PROMPT);
    }

    /** Judges {@code reply} (the reply so far) against the hidden truth of a station speaking {@code language}. */
    Judgement judge(HiddenDiagnosis hidden, String language, String reply) throws Unavailable {
        String answer;
        try {
            answer = model.chat(ChatRequest.builder()
                    .messages(SystemMessage.from(prompt), UserMessage.from(request(hidden, language, reply)))
                    .build()).aiMessage().text();
        } catch (RuntimeException e) {
            throw new Unavailable("the judge did not answer: " + e.getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
        return parse(answer);
    }

    /** The user message: the hidden truth and the reply, as one JSON object. */
    static String request(HiddenDiagnosis hidden, String language, String reply) {
        ObjectNode root = JSON.createObjectNode();
        root.put("station_language", language);
        root.put("diagnosis", hidden.diagnosis());
        ArrayNode aliases = root.putArray("aliases");
        hidden.aliases().forEach(aliases::add);
        ArrayNode differentials = root.putArray("differentials");
        for (HiddenDiagnosis.Differential d : hidden.differentials()) {
            ObjectNode node = differentials.addObject().put("name", d.name());
            ArrayNode names = node.putArray("aliases");
            d.aliases().forEach(names::add);
        }
        root.put("reply", reply);
        return root.toString();
    }

    /** The judge's answer, strictly: one object with boolean {@code reveals} and {@code outOfCharacter}. */
    static Judgement parse(String answer) throws Unavailable {
        JsonNode node;
        try {
            node = ModelAnswer.read(answer, "the judge");
        } catch (ModelAnswer.NotJson e) {
            throw new Unavailable(e.getMessage(), e.getCause());
        }
        if (!node.isObject() || !node.path("reveals").isBoolean()
                || !node.path("outOfCharacter").isBoolean()) {
            throw new Unavailable("the judge's answer lacks the boolean fields: " + ModelAnswer.abbreviate(answer), null);
        }
        JsonNode reason = node.path("reason");
        return new Judgement(node.get("reveals").asBoolean(), node.get("outOfCharacter").asBoolean(),
                reason.isTextual() ? reason.asText() : "");
    }
}
