package org.oscetrainer.patient.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.TokenUsage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.oscetrainer.catalog.Scenario;
import org.oscetrainer.patient.Exchange;

/**
 * Asks the hospital's model which of the station's scripted facts answer a student's question (engine
 * {@code llm-script}): the model understands, the script speaks. The request holds what the patient knows (the
 * facts' ids, texts and disclosure rules, and the last exchanges) and what the examiner can be asked for (the
 * findings' ids and kinds, never their texts), never the hidden diagnosis or the rubric; the question is
 * sent as data inside a JSON object. Nothing the model writes is shown: only ids are read from its answer. Prompt:
 * {@code prompts/fact-choice.st}. An answer that is late, an HTTP error, anything but the documented JSON object,
 * or an id the station does not have is {@link Unavailable}: the caller answers from the scripted matcher, so
 * nothing is ever invented.
 */
final class FactChooser {

    static final String PROMPT = "prompts/fact-choice.st";
    /** The most facts one reply gives (the prompt says so too). */
    static final int MOST_FACTS = 3;
    /** Exchanges of the conversation sent with the question. */
    static final int RECENT_EXCHANGES = 4;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The id the model gives for an examination or a test that no finding of the station covers. */
    static final String UNSCRIPTED_EXAMINATION = "unscripted-examination";

    /**
     * What the model chose, in the order asked: facts, findings (the examiner answers them) and
     * {@link #UNSCRIPTED_EXAMINATION} (the examiner's neutral finding); none: the patient does not know.
     */
    record Choice(List<Chosen> chosen, Integer inputTokens, Integer outputTokens) {
    }

    /** One chosen id: a fact, a finding, or neither (the neutral finding). */
    record Chosen(Scenario.Fact fact, boolean finding) {

        static final Chosen NEUTRAL = new Chosen(null, true);
    }

    /** The model gave no usable choice. */
    static final class Unavailable extends Exception {
        Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final ChatModel model;
    private final String prompt;
    private final String promptHash;

    FactChooser(ChatModel model) {
        this.model = model;
        this.prompt = PatientPrompt.load(PROMPT);
        this.promptHash = PatientPrompt.sha256(prompt).substring(0, 16);
    }

    /** Short SHA-256 of the prompt, recorded with every reply it chose. */
    String promptHash() {
        return promptHash;
    }

    /** The facts that answer {@code question}, as the model chose them among the station's. */
    Choice choose(Scenario scenario, List<Exchange> history, String question) throws Unavailable {
        ChatResponse response;
        try {
            response = model.chat(ChatRequest.builder()
                    .messages(SystemMessage.from(prompt), UserMessage.from(request(scenario, history, question)))
                    .build());
        } catch (RuntimeException e) {
            throw new Unavailable("the model did not answer: " + e.getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
        String answer = response.aiMessage() == null ? null : response.aiMessage().text();
        TokenUsage usage = response.tokenUsage();
        return new Choice(parse(answer, scenario), usage == null ? null : usage.inputTokenCount(),
                usage == null ? null : usage.outputTokenCount());
    }

    /** The user message: the patient's facts, the last exchanges and the question, as one JSON object. */
    static String request(Scenario scenario, List<Exchange> history, String question) {
        Set<String> said = history.stream().filter(e -> e.speaker() == Exchange.Speaker.PATIENT).map(Exchange::text)
                .collect(Collectors.toSet());
        ObjectNode root = JSON.createObjectNode();
        root.put("station_language", scenario.language());
        ArrayNode facts = root.putArray("facts");
        for (Scenario.Fact fact : scenario.facts()) {
            ObjectNode node = facts.addObject().put("id", fact.id()).put("text", fact.text())
                    .put("disclosure", fact.disclosure() == null ? Scenario.Fact.DIRECT : fact.disclosure());
            if (said.stream().anyMatch(s -> s.contains(fact.text()))) {
                node.put("said", true);
            }
        }
        // what the examiner can be asked for: names only, never a finding's text nor its phrasings (an author's
        // phrasing may name what the test looks for: "test for pre-eclampsia")
        ArrayNode examinations = root.putArray("examinations");
        for (Scenario.Fact finding : scenario.findings()) {
            examinations.addObject().put("id", finding.id())
                    .put("kind", finding.test() ? Scenario.Fact.TEST : Scenario.Fact.EXAMINATION);
        }
        ArrayNode recent = root.putArray("recent");
        for (Exchange e : history.subList(Math.max(0, history.size() - RECENT_EXCHANGES), history.size())) {
            recent.addObject().put(e.speaker() == Exchange.Speaker.STUDENT ? "student" : "patient", e.text());
        }
        root.put("question", question);
        return root.toString();
    }

    /**
     * The model's answer, strictly: one object whose {@code facts} is an array of the station's fact ids (at most
     * {@link #MOST_FACTS}, repeats dropped). An id the station does not have makes the whole answer unusable: a
     * model that invents ids has not understood the task.
     */
    static List<Chosen> parse(String answer, Scenario scenario) throws Unavailable {
        JsonNode node;
        try {
            node = ModelAnswer.read(answer, "the model");
        } catch (ModelAnswer.NotJson e) {
            throw new Unavailable(e.getMessage(), e.getCause());
        }
        if (!node.isObject() || !node.path("facts").isArray()) {
            throw new Unavailable("the model's answer lacks the facts array: " + ModelAnswer.abbreviate(answer), null);
        }
        Map<String, Chosen> byId = new HashMap<>();
        scenario.findings().forEach(f -> byId.putIfAbsent(f.id(), new Chosen(f, true)));
        scenario.facts().forEach(f -> byId.put(f.id(), new Chosen(f, false)));
        byId.put(UNSCRIPTED_EXAMINATION, Chosen.NEUTRAL);
        Set<String> ids = new LinkedHashSet<>();
        for (JsonNode id : node.get("facts")) {
            if (!id.isTextual() || !byId.containsKey(id.asText())) {
                throw new Unavailable("the model chose an id the station does not have: " + ModelAnswer.abbreviate(id.toString()), null);
            }
            ids.add(id.asText());
        }
        if (ids.size() > MOST_FACTS) {
            throw new Unavailable("the model chose " + ids.size() + " facts (at most " + MOST_FACTS + ")", null);
        }
        List<Chosen> chosen = new ArrayList<>();
        ids.forEach(id -> chosen.add(byId.get(id)));
        return chosen;
    }

}
