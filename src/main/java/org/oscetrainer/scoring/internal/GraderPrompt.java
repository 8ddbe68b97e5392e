package org.oscetrainer.scoring.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.oscetrainer.catalog.Rubric;
import org.oscetrainer.encounter.TranscriptTurn;

/**
 * The LLM grader's prompt: the system message from {@code prompts/grader-system.st} (its hash is
 * recorded with each proposal) and a user message carrying the checklist and the transcript as JSON.
 */
public final class GraderPrompt {

    private static final String RESOURCE = "/prompts/grader-system.st";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String system;
    private final String hash;

    public GraderPrompt() {
        try (InputStream in = GraderPrompt.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing prompt " + RESOURCE);
            }
            this.system = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.hash = sha256(system).substring(0, 16);
    }

    public String systemMessage() {
        return system;
    }

    /** The first 16 hex digits of the SHA-256 of the system message. */
    public String hash() {
        return hash;
    }

    /** The checklist (ids, labels, maxima, hints) and every turn of the transcript, with ids and speakers. */
    public String userMessage(Rubric rubric, String language, List<TranscriptTurn> transcript) {
        ObjectNode root = JSON.createObjectNode().put("language", language);
        ArrayNode items = root.putArray("checklist");
        for (Rubric.Item item : rubric.items()) {
            ObjectNode node = items.addObject().put("itemId", item.id()).put("label", item.label())
                    .put("maxPoints", item.points());
            item.evidence().forEach(node.putArray("examplePhrasings")::add);
        }
        ArrayNode turns = root.putArray("transcript");
        for (TranscriptTurn turn : transcript) {
            turns.addObject().put("turnId", turn.id()).put("speaker", turn.speaker().name()).put("text", turn.text());
        }
        return root.toPrettyString();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
