package org.oscetrainer.patient;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A local OpenAI-compatible chat completions server for tests: streams a scripted reply as
 * server-sent events, or answers a non-streaming request ({@code "stream": false}) with one
 * {@code chat.completion} JSON object ({@link Script#completion}), or answers an HTTP error, or stalls.
 * It records each request it receives.
 */
public class FakeOpenAiServer implements AutoCloseable {

    /** What the next replies do. */
    public record Script(List<String> tokens, Duration firstTokenDelay, Duration tokenDelay, int stallAfter,
            int errorStatus) {

        public static Script streaming(String... tokens) {
            return new Script(List.of(tokens), Duration.ZERO, Duration.ofMillis(5), -1, 0);
        }

        /** For a non-streaming request: one {@code chat.completion} whose message content is {@code content}. */
        public static Script completion(String content) {
            return new Script(List.of(content), Duration.ZERO, Duration.ZERO, -1, 0);
        }

        public static Script error(int status) {
            return new Script(List.of(), Duration.ZERO, Duration.ZERO, -1, status);
        }

        /** Streams {@code after} tokens then goes silent (keeps the connection open). */
        public static Script stallAfter(int after, String... tokens) {
            return new Script(List.of(tokens), Duration.ZERO, Duration.ofMillis(5), after, 0);
        }

        public static Script slowStart(Duration delay, String... tokens) {
            return new Script(List.of(tokens), delay, Duration.ofMillis(5), -1, 0);
        }
    }

    public record Received(String protocol, String path, JsonNode body) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final List<Received> requests = new CopyOnWriteArrayList<>();
    private volatile Script script = Script.streaming("Hello.");
    private final java.util.Queue<Script> next = new java.util.concurrent.ConcurrentLinkedQueue<>();

    public FakeOpenAiServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v1/chat/completions", this::handle);
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    public void script(Script next) {
        this.script = next;
    }

    /** The next requests get these scripts, one each, in order; then {@link #script}'s again. */
    public void scriptInOrder(Script... scripts) {
        next.clear();
        next.addAll(List.of(scripts));
    }

    public List<Received> requests() {
        return requests;
    }

    private void handle(HttpExchange exchange) throws IOException {
        Script queued = next.poll();
        Script s = queued != null ? queued : script;
        JsonNode body = JSON.readTree(exchange.getRequestBody().readAllBytes());
        requests.add(new Received(exchange.getProtocol(), exchange.getRequestURI().getPath(), body));
        if (s.errorStatus() > 0) {
            byte[] error = "{\"error\":{\"message\":\"model overloaded\",\"type\":\"server_error\"}}"
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(s.errorStatus(), error.length);
            exchange.getResponseBody().write(error);
            exchange.close();
            return;
        }
        if (!body.path("stream").asBoolean(false)) {
            sleep(s.firstTokenDelay());
            byte[] completion = completion(String.join("", s.tokens())).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, completion.length);
            exchange.getResponseBody().write(completion);
            exchange.close();
            return;
        }
        exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        try {
            sleep(s.firstTokenDelay());
            int sent = 0;
            for (String token : s.tokens()) {
                if (sent == s.stallAfter()) {
                    sleep(Duration.ofSeconds(30));
                    return;
                }
                send(out, chunk(token.replace(CANARY_PLACEHOLDER, canary(body)), null));
                sent++;
                sleep(s.tokenDelay());
            }
            send(out, chunk(null, "stop"));
            send(out, "{\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"fake\",\"choices\":[],"
                    + "\"usage\":{\"prompt_tokens\":120,\"completion_tokens\":" + s.tokens().size()
                    + ",\"total_tokens\":" + (120 + s.tokens().size()) + "}}");
            out.write("data: [DONE]\n\n".getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            // the client went away (e.g. it cancelled a stalled stream)
        } finally {
            exchange.close();
        }
    }

    /** Written in a token, replaced by the canary found in the request's system message (a prompt leak). */
    public static final String CANARY_PLACEHOLDER = "{canary}";

    private static String canary(JsonNode body) {
        var m = java.util.regex.Pattern.compile("CANARY-[0-9A-F]+").matcher(body.path("messages").path(0).path("content").asText());
        return m.find() ? m.group() : "NO-CANARY-IN-PROMPT";
    }

    private static String completion(String content) {
        var message = JSON.createObjectNode().put("role", "assistant").put("content", content);
        var choice = JSON.createObjectNode().put("index", 0).put("finish_reason", "stop");
        choice.set("message", message);
        var root = JSON.createObjectNode().put("id", "c1").put("object", "chat.completion").put("created", 1)
                .put("model", "fake");
        root.putArray("choices").add(choice);
        root.putObject("usage").put("prompt_tokens", 500).put("completion_tokens", 100).put("total_tokens", 600);
        return root.toString();
    }

    private static String chunk(String content, String finish) {
        var delta = JSON.createObjectNode();
        if (content != null) {
            delta.put("content", content);
        }
        var choice = JSON.createObjectNode().put("index", 0);
        choice.set("delta", delta);
        if (finish != null) {
            choice.put("finish_reason", finish);
        } else {
            choice.putNull("finish_reason");
        }
        var root = JSON.createObjectNode().put("id", "c1").put("object", "chat.completion.chunk").put("created", 1)
                .put("model", "fake");
        root.putArray("choices").add(choice);
        return root.toString();
    }

    private static void send(OutputStream out, String json) throws IOException {
        out.write(("data: " + json + "\n\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static void sleep(Duration d) {
        if (d.isZero()) {
            return;
        }
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
