package org.oscetrainer.encounter.api;

import java.util.ArrayList;
import java.util.List;
import org.oscetrainer.encounter.TranscriptTurn;
import org.oscetrainer.encounter.TurnListener;

/**
 * Streams the patient's reply to one question to the client. The patient may start before the
 * question's {@code asked} frame is out, so its frames wait until {@link #open} sends that first.
 */
final class ReplyRelay implements TurnListener {

    private final ClientConnection client;
    private final long encounterId;
    private final String requestId;
    private List<ServerMessage> waiting = new ArrayList<>();

    ReplyRelay(ClientConnection client, long encounterId, String requestId) {
        this.client = client;
        this.encounterId = encounterId;
        this.requestId = requestId;
    }

    /** Sends the committed question, then whatever the patient has streamed meanwhile. */
    synchronized void open(TranscriptTurn asked) {
        client.send(new ServerMessage.Asked(encounterId, ServerMessage.Turn.of(asked), requestId));
        waiting.forEach(client::send);
        waiting = null;
    }

    @Override
    public void token(String token) {
        relay(new ServerMessage.Token(encounterId, token, requestId));
    }

    @Override
    public void degraded(String reason) {
        relay(new ServerMessage.Degraded(encounterId, reason, requestId));
    }

    @Override
    public void retracted() {
        relay(new ServerMessage.Retracted(encounterId, requestId));
    }

    @Override
    public void replied(TranscriptTurn turn) {
        relay(new ServerMessage.Reply(encounterId, ServerMessage.Turn.of(turn), requestId));
    }

    @Override
    public void failed(String reason) {
        relay(new ServerMessage.Failed(encounterId, reason, requestId));
    }

    private synchronized void relay(ServerMessage message) {
        if (waiting != null) {
            waiting.add(message);
        } else {
            client.send(message);
        }
    }
}
