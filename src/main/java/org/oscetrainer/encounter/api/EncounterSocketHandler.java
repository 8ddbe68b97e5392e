package org.oscetrainer.encounter.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.TextWebSocketHandler;

/**
 * The JSON frames of {@code /api/encounters/ws}. Spring Security has authenticated the handshake
 * (students only); every frame is then handled as that student. A bad frame gets an error frame
 * and the socket stays open.
 */
@Component
class EncounterSocketHandler extends TextWebSocketHandler {

    private static final Logger log = LoggerFactory.getLogger(EncounterSocketHandler.class);

    /** Longest frame accepted, in characters; a longer one closes the socket (1009, message too big). */
    static final int MAX_FRAME_CHARS = 8 * 1024;

    private final EncounterRequests requests;
    private final ObjectMapper json;
    private final Map<String, ClientConnection> clients = new ConcurrentHashMap<>();

    EncounterSocketHandler(EncounterRequests requests, ObjectMapper json) {
        this.requests = requests;
        this.json = json;
    }

    @Override
    public void afterConnectionEstablished(WebSocketSession session) throws Exception {
        if (!(session.getPrincipal() instanceof Authentication student) || !student.isAuthenticated()) {
            session.close(CloseStatus.POLICY_VIOLATION.withReason("Not signed in"));
            return;
        }
        session.setTextMessageSizeLimit(MAX_FRAME_CHARS);
        clients.put(session.getId(), new ClientConnection(session, student, json));
    }

    @Override
    protected void handleTextMessage(WebSocketSession session, TextMessage frame) {
        ClientConnection client = clients.get(session.getId());
        if (client == null) {
            return;
        }
        JsonNode tree;
        try {
            tree = json.readTree(frame.getPayload());
        } catch (JsonProcessingException e) {
            client.send(RequestErrors.badRequest("The frame is not JSON: " + e.getOriginalMessage(), null));
            return;
        }
        if (tree == null || !tree.isObject() || !tree.path("type").isTextual()) {
            client.send(RequestErrors.badRequest("A frame must be one JSON object with a field \"type\" (one of "
                    + ClientMessage.TYPES + ")", requestId(tree)));
            return;
        }
        ClientMessage request;
        try {
            request = json.treeToValue(tree, ClientMessage.class);
        } catch (JsonProcessingException e) {
            client.send(RequestErrors.unreadable(e, requestId(tree)));
            return;
        }
        client.asStudent(() -> {
            try {
                requests.handle(request, client);
            } catch (RuntimeException e) {
                client.send(RequestErrors.refused(e, request.requestId()));
            }
        });
    }

    @Override
    public void handleTransportError(WebSocketSession session, Throwable error) {
        log.debug("Encounter socket {} failed: {}", session.getId(), error.getMessage());
    }

    @Override
    public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
        clients.remove(session.getId());
    }

    private static String requestId(JsonNode tree) {
        JsonNode id = tree == null ? null : tree.get("requestId");
        return id != null && id.isValueNode() && !id.isNull() ? id.asText() : null;
    }
}
