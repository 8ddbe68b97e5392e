package org.oscetrainer.encounter.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.ConcurrentWebSocketSessionDecorator;
import org.springframework.web.socket.handler.SessionLimitExceededException;

/**
 * One client's socket: the student authenticated at the handshake, and frames sent one at a time
 * whichever thread sends them (the request thread or the patient's stream).
 */
final class ClientConnection {

    private static final Logger log = LoggerFactory.getLogger(ClientConnection.class);

    /**
     * How long one send may block, and how much may queue behind it, before the socket is closed
     * (status 4500, session not reliable): a client that stops reading does not hold the server's memory.
     */
    static final int SEND_TIME_LIMIT_MILLIS = 10_000;
    static final int SEND_BUFFER_LIMIT_BYTES = 512 * 1024;

    private final WebSocketSession session;
    private final ObjectMapper json;
    private final SecurityContext student;

    ClientConnection(WebSocketSession session, Authentication student, ObjectMapper json) {
        this.session = new ConcurrentWebSocketSessionDecorator(session, SEND_TIME_LIMIT_MILLIS, SEND_BUFFER_LIMIT_BYTES);
        this.json = json;
        this.student = SecurityContextHolder.createEmptyContext();
        this.student.setAuthentication(student);
    }

    /** Runs {@code work} with the handshake's authentication, so the services check this student. */
    void asStudent(Runnable work) {
        new DelegatingSecurityContextRunnable(work, student).run();
    }

    /** Sends a frame unless the socket is gone; a client that left simply misses it. */
    void send(ServerMessage message) {
        if (!session.isOpen()) {
            return;
        }
        try {
            session.sendMessage(new TextMessage(json.writeValueAsString(message)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write " + message, e);
        } catch (SessionLimitExceededException e) {
            log.info("Closing encounter socket {}, its client does not keep up: {}", session.getId(), e.getMessage());
            close(e.getStatus());
        } catch (IOException | IllegalStateException e) {
            log.debug("Frame not sent to {} ({}): {}", session.getId(), e.getMessage(), message);
        }
    }

    private void close(CloseStatus status) {
        try {
            session.close(status);
        } catch (IOException e) {
            log.debug("Encounter socket {} did not close cleanly: {}", session.getId(), e.getMessage());
        }
    }
}
