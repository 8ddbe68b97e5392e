package org.oscetrainer.encounter.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import org.oscetrainer.catalog.Scenario;
import org.oscetrainer.encounter.TranscriptTurn;
import org.oscetrainer.warmup.WarmUpStep;
import org.oscetrainer.warmup.WarmUpTurns;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Warm-up: the WebSocket API's JSON (Jackson, the app's {@link ObjectMapper}) for each of a station's turns, as
 * {@link EncounterSocketHandler} and {@link ClientConnection} do it: the {@code ask} frame read, then the
 * {@code asked} frame, a {@code token} frame per word of the reply and the {@code reply} frame written. Nothing is sent.
 */
@Component
@Order(30)
class FramesWarmUp implements WarmUpStep {

    private final ObjectMapper json;

    FramesWarmUp(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public String name() {
        return "the WebSocket API's JSON (frames)";
    }

    @Override
    public int warmUp(Scenario station) {
        int frames = 0;
        int seq = 1;
        try {
            for (WarmUpTurns.Turn turn : WarmUpTurns.of(station)) {
                String ask = json.writeValueAsString(new ClientMessage.Ask(1L, turn.question(), "warm-up"));
                JsonNode tree = json.readTree(ask);
                ClientMessage.Ask read = (ClientMessage.Ask) json.treeToValue(tree, ClientMessage.class);
                Instant now = Instant.now();
                json.writeValueAsString(new ServerMessage.Asked(1L, ServerMessage.Turn.of(new TranscriptTurn(seq, ++seq,
                        TranscriptTurn.Speaker.STUDENT, read.text(), null, now)), read.requestId()));
                for (String word : turn.reply().split("(?<= )")) {
                    json.writeValueAsString(new ServerMessage.Token(1L, word, read.requestId()));
                    frames++;
                }
                json.writeValueAsString(new ServerMessage.Reply(1L, ServerMessage.Turn.of(new TranscriptTurn(seq, ++seq,
                        TranscriptTurn.Speaker.PATIENT, turn.reply(), "warm-up", now)), read.requestId()));
                frames += 3;
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A warm-up frame could not be written or read", e);
        }
        return frames;
    }
}
