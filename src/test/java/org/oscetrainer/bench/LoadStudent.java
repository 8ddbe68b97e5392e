package org.oscetrainer.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One simulated student of the load harness: their own account and socket to
 * {@code /api/encounters/ws}, one encounter, questions asked one after the other. Notes the time of
 * each question, of its first token and of its reply, and every turn the server announced.
 */
final class LoadStudent implements WebSocket.Listener {

    /** A frame, its length in characters, and when it arrived ({@link System#nanoTime()}). */
    private record Frame(JsonNode json, int chars, long receivedNanos) {
    }

    /**
     * One question and what came back. {@code outcome} is {@code reply}, {@code degraded}, {@code failed}, {@code error:CODE}
     * or {@code timeout}; {@code frames} counts the server's frames that answered it ({@code asked} to {@code reply}),
     * {@code tokenFrames} those of type {@code token}, {@code frameChars} their JSON's characters.
     */
    record Turn(String question, long sentNanos, long firstTokenNanos, long lastTokenNanos, long replyNanos,
            long askedTurnId, long replyTurnId, String replyText, String outcome, int frames, int tokenFrames,
            long frameChars) {

        boolean answered() {
            return outcome.equals("reply") || outcome.equals("degraded");
        }
    }

    /** A turn id and text that the server announced as committed. */
    record SeenTurn(long id, String speaker, String text) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    final String username;
    final List<Turn> turns = new ArrayList<>();
    final List<SeenTurn> seen = new ArrayList<>();
    long encounterId = -1;
    private final BlockingQueue<Frame> frames = new LinkedBlockingQueue<>();
    private final StringBuilder partial = new StringBuilder();
    private final long timeoutNanos;
    private WebSocket socket;
    private int requests;

    LoadStudent(String username, long timeoutMillis) {
        this.username = username;
        this.timeoutNanos = TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
    }

    void connect(HttpClient http, URI uri, String password) throws Exception {
        String basic = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        socket = http.newWebSocketBuilder().header("Authorization", "Basic " + basic)
                .buildAsync(uri, this).get(timeoutNanos, TimeUnit.NANOSECONDS);
    }

    boolean connected() {
        return socket != null;
    }

    /** Starts the station version; returns the encounter id. */
    long start(long versionId) throws Exception {
        send("{\"type\":\"start\",\"versionId\":" + versionId + ",\"requestId\":\"" + (++requests) + "\"}");
        Frame started = next();
        if (started == null || !started.json.path("type").asText().equals("started")) {
            throw new IllegalStateException(username + " could not start: " + (started == null ? "timeout" : started.json));
        }
        encounterId = started.json.path("encounterId").asLong();
        for (JsonNode t : started.json.path("transcript")) {
            seen.add(new SeenTurn(t.path("id").asLong(), t.path("speaker").asText(), t.path("text").asText()));
        }
        return encounterId;
    }

    /** Asks one question and waits for its reply (or failure); records the turn. */
    Turn ask(String question) throws Exception {
        String requestId = String.valueOf(++requests);
        var frame = JSON.createObjectNode().put("type", "ask").put("encounterId", encounterId).put("text", question)
                .put("requestId", requestId);
        long sent = System.nanoTime();
        send(frame.toString());
        long firstToken = 0, lastToken = 0, askedId = -1, chars = 0;
        int frames = 0, tokenFrames = 0;
        String outcome = null;
        while (true) {
            Frame f = next();
            if (f == null) {
                outcome = "timeout";
                break;
            }
            JsonNode json = f.json;
            if (!requestId.equals(json.path("requestId").asText())) {
                continue; // a late frame of an earlier, timed-out question
            }
            frames++;
            chars += f.chars;
            switch (json.path("type").asText()) {
                case "asked" -> {
                    askedId = json.path("turn").path("id").asLong();
                    seen.add(new SeenTurn(askedId, "STUDENT", json.path("turn").path("text").asText()));
                }
                case "token" -> {
                    tokenFrames++;
                    if (firstToken == 0) {
                        firstToken = f.receivedNanos;
                    }
                    lastToken = f.receivedNanos;
                }
                case "degraded" -> outcome = "degraded";
                case "reply" -> {
                    JsonNode turn = json.path("turn");
                    seen.add(new SeenTurn(turn.path("id").asLong(), "PATIENT", turn.path("text").asText()));
                    Turn done = new Turn(question, sent, firstToken, lastToken, f.receivedNanos, askedId,
                            turn.path("id").asLong(), turn.path("text").asText(), outcome == null ? "reply" : outcome, frames, tokenFrames, chars);
                    turns.add(done);
                    return done;
                }
                case "failed" -> {
                    Turn failed = new Turn(question, sent, firstToken, lastToken, f.receivedNanos, askedId, -1, null, "failed", frames, tokenFrames,
                            chars);
                    turns.add(failed);
                    return failed;
                }
                case "error" -> {
                    Turn refused = new Turn(question, sent, 0, 0, f.receivedNanos, -1, -1, null,
                            "error:" + json.path("code").asText(), frames, tokenFrames, chars);
                    turns.add(refused);
                    return refused;
                }
                default -> { }
            }
        }
        Turn lost = new Turn(question, sent, firstToken, lastToken, 0, askedId, -1, null, outcome, frames, tokenFrames,
                chars);
        turns.add(lost);
        return lost;
    }

    void end() throws Exception {
        if (encounterId < 0 || socket == null) {
            return;
        }
        send("{\"type\":\"end\",\"encounterId\":" + encounterId + ",\"requestId\":\"end\"}");
        Frame f;
        do {
            f = next();
        } while (f != null && !"end".equals(f.json.path("requestId").asText()));
    }

    void close() {
        if (socket != null && !socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").exceptionally(e -> null);
        }
    }

    private void send(String text) {
        socket.sendText(text, true).join();
    }

    private Frame next() throws InterruptedException {
        return frames.poll(timeoutNanos, TimeUnit.NANOSECONDS);
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        long now = System.nanoTime();
        partial.append(data);
        if (last) {
            try {
                frames.add(new Frame(JSON.readTree(partial.toString()), partial.length(), now));
            } catch (Exception e) {
                throw new IllegalStateException("Unreadable frame " + partial, e);
            }
            partial.setLength(0);
        }
        webSocket.request(1);
        return null;
    }
}
