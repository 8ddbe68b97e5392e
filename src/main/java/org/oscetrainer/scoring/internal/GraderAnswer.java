package org.oscetrainer.scoring.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The LLM grader's answer, read from JSON and validated against
 * {@code prompts/grader-response.schema.json} (networknt json-schema-validator, draft 2020-12).
 */
public record GraderAnswer(List<Item> items) {

    public record Item(String itemId, int points, List<Evidence> evidence, String rationale) {
    }

    public record Evidence(long turnId, String quote) {
    }

    /** The answer is not JSON, or not of the documented shape. */
    public static final class Invalid extends Exception {

        Invalid(String message) {
            super(message);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchema SCHEMA = schema();

    public static GraderAnswer parse(String text) throws Invalid {
        JsonNode root;
        try {
            root = JSON.readTree(stripFences(text == null ? "" : text));
        } catch (JsonProcessingException e) {
            throw new Invalid("not JSON: " + e.getOriginalMessage());
        }
        if (root == null || root.isMissingNode()) {
            throw new Invalid("empty answer");
        }
        Set<ValidationMessage> errors = SCHEMA.validate(root);
        if (!errors.isEmpty()) {
            throw new Invalid("not of the expected shape: "
                    + errors.stream().map(ValidationMessage::getMessage).sorted().collect(Collectors.joining("; ")));
        }
        List<Item> items = new ArrayList<>();
        for (JsonNode item : root.get("items")) {
            List<Evidence> evidence = new ArrayList<>();
            item.get("evidence").forEach(e -> evidence.add(new Evidence(e.get("turnId").asLong(), e.get("quote").asText())));
            items.add(new Item(item.get("itemId").asText(), item.get("points").asInt(), evidence,
                    item.path("rationale").asText(null)));
        }
        return new GraderAnswer(items);
    }

    /** Some servers wrap JSON mode answers in a Markdown code fence. */
    private static String stripFences(String text) {
        String t = text.strip();
        if (t.startsWith("```")) {
            t = t.replaceFirst("^```(json)?\\s*", "").replaceFirst("\\s*```$", "");
        }
        return t;
    }

    private static JsonSchema schema() {
        try (InputStream in = GraderAnswer.class.getResourceAsStream("/prompts/grader-response.schema.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
