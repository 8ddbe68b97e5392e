package org.oscetrainer.patient.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/**
 * The JSON answer of a model on the hospital's cluster that must answer one JSON object (the guard's judge, the
 * fact chooser of {@code llm-script}): read strictly, with a Markdown fence around it taken off, as some models add.
 */
final class ModelAnswer {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The answer is empty or not JSON; the message says so, in the words of {@code who} answered. */
    static final class NotJson extends Exception {
        NotJson(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private ModelAnswer() {
    }

    /** The JSON in {@code answer} ({@code who}: "the judge", "the model", for the message when there is none). */
    static JsonNode read(String answer, String who) throws NotJson {
        if (answer == null || answer.isBlank()) {
            throw new NotJson(who + " gave an empty answer", null);
        }
        String text = answer.strip();
        if (text.startsWith("```")) {
            text = text.replaceFirst("^```(?:json)?\\s*", "").replaceFirst("\\s*```$", "");
        }
        try {
            JsonNode node = JSON.readTree(text);
            if (node == null) {
                throw new NotJson(who + "'s answer is not JSON: " + abbreviate(answer), null);
            }
            return node;
        } catch (IOException e) {
            throw new NotJson(who + "'s answer is not JSON: " + abbreviate(answer), e);
        }
    }

    /** The first 120 characters of {@code text}, for a message. */
    static String abbreviate(String text) {
        return text.length() <= 120 ? text : text.substring(0, 120) + "…";
    }
}
