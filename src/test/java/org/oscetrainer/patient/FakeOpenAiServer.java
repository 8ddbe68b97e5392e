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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local OpenAI-compatible chat completions server for tests: streams a scripted reply as
 * server-sent events, or answers a non-streaming request ({@code "stream": false}) with one
 * {@code chat.completion} JSON object ({@link Script#completion}), or answers an HTTP error, or stalls.
 * It records each request it receives (unless told not to, under load) and when it sent each
 * reply's first token.
 *
 * <p>Tokens are paced by a small scheduled executor, not by a sleeping thread per stream, so that
 * hundreds of concurrent streams (the load harness) cost the fake little.
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

        /** A reply of {@code length} words, the first after {@code firstTokenDelay}, then one every {@code tokenDelay}. */
        public static Script paced(int length, Duration firstTokenDelay, Duration tokenDelay) {
            String[] words = {"It ", "started ", "about ", "an ", "hour ", "ago, ", "doctor, ", "and ", "it ", "has ",
                    "not ", "gone ", "away ", "since. "};
            List<String> tokens = new ArrayList<>();
            for (int i = 0; i < length; i++) {
                tokens.add(words[i % words.length]);
            }
            return new Script(List.copyOf(tokens), firstTokenDelay, tokenDelay, -1, 0);
        }
    }

    /**
     * When the fake received a request and when it had written the reply's first token, on this
     * JVM's {@link System#nanoTime()}.
     */
    public record FirstToken(long receivedNanos, long sentNanos) {

        public long firstTokenNanos() {
            return sentNanos - receivedNanos;
        }
    }

    public record Received(String protocol, String path, JsonNode body) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final ExecutorService dispatch = Executors.newCachedThreadPool();
    private final ScheduledExecutorService pacing;
    private final List<Received> requests = new CopyOnWriteArrayList<>();
    private final Map<String, FirstToken> firstTokens = new ConcurrentHashMap<>();
    private volatile Script script = Script.streaming("Hello.");
    private volatile boolean recordRequests = true;
    private final java.util.Queue<Script> next = new java.util.concurrent.ConcurrentLinkedQueue<>();
    /** The scripts of each caller that sends its own bearer key ({@link #scriptInOrderFor}). */
    private final Map<String, java.util.Queue<Script>> nextByKey = new ConcurrentHashMap<>();

    public FakeOpenAiServer() throws IOException {
        this(1);
    }

    /** @param pacingThreads threads that write the tokens of all streams */
    public FakeOpenAiServer(int pacingThreads) throws IOException {
        AtomicInteger count = new AtomicInteger();
        pacing = Executors.newScheduledThreadPool(pacingThreads, task -> {
            Thread thread = new Thread(task, "fake-llm-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        // a backlog for hundreds of connections opened at once
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 1024);
        server.createContext("/v1/chat/completions", this::handle);
        server.setExecutor(dispatch);
        server.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    private volatile java.util.function.UnaryOperator<String> responder;

    /**
     * Non-streaming requests are answered with what {@code responder} makes of the request's last user message (a
     * model that reads the request); {@code null} for the scripts again.
     */
    public void respondWith(java.util.function.UnaryOperator<String> responder) {
        this.responder = responder;
    }

    public void script(Script next) {
        this.script = next;
    }

    /** The next requests get these scripts, one each, in order; then {@link #script}'s again. */
    public void scriptInOrder(Script... scripts) {
        next.clear();
        next.addAll(List.of(scripts));
    }

    /**
     * The next requests whose {@code Authorization} header carries bearer key {@code apiKey} (the client's
     * {@code osce.llm.api-key}) get these scripts, one each, in order; then {@link #script}'s again. Several clients,
     * each with its own key, can so talk to one fake at once, each getting its own replies whatever the order their
     * requests arrive in (the blind leak sets play several encounters at a time); requests without a key routed here
     * use {@link #scriptInOrder}'s queue.
     */
    public void scriptInOrderFor(String apiKey, Script... scripts) {
        java.util.Queue<Script> queue = new java.util.concurrent.ConcurrentLinkedQueue<>(List.of(scripts));
        nextByKey.put(apiKey, queue);
    }

    public List<Received> requests() {
        return requests;
    }

    /** Whether to keep every request's body (tests read them; a load run would only fill the heap). */
    public void recordRequests(boolean record) {
        this.recordRequests = record;
    }

    /** The first-token times of the replies streamed so far, by the request's last user message. */
    public Map<String, FirstToken> firstTokens() {
        return firstTokens;
    }

    private void handle(HttpExchange exchange) throws IOException {
        long receivedNanos = System.nanoTime();
        java.util.Queue<Script> own = nextByKey.get(bearerKey(exchange));
        Script queued = own != null ? own.poll() : next.poll();
        Script s = queued != null ? queued : script;
        JsonNode body = JSON.readTree(exchange.getRequestBody().readAllBytes());
        if (recordRequests) {
            requests.add(new Received(exchange.getProtocol(), exchange.getRequestURI().getPath(), body));
        }
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
            if (!s.firstTokenDelay().isZero()) {
                try {
                    Thread.sleep(s.firstTokenDelay().toMillis()); // a slow model: the non-streaming path has no pacing
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            java.util.function.UnaryOperator<String> r = responder;
            String content = r != null ? r.apply(lastUserMessage(body)) : String.join("", s.tokens());
            byte[] completion = completion(content).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, completion.length);
            exchange.getResponseBody().write(completion);
            exchange.close();
            return;
        }
        exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
        exchange.sendResponseHeaders(200, 0);
        new Stream(exchange, s, lastUserMessage(body), canary(body), receivedNanos).next(s.firstTokenDelay());
    }

    /**
     * One streamed reply, paced by the shared scheduler: each token is a task scheduled after the
     * previous one, so many concurrent streams need no thread each.
     */
    private final class Stream {

        private final HttpExchange exchange;
        private final Script script;
        private final String question;
        private final String canary;
        private final long receivedNanos;
        private final OutputStream out;
        private int sent;

        Stream(HttpExchange exchange, Script script, String question, String canary, long receivedNanos) {
            this.exchange = exchange;
            this.script = script;
            this.question = question;
            this.canary = canary;
            this.receivedNanos = receivedNanos;
            this.out = exchange.getResponseBody();
        }

        void next(Duration delay) {
            if (delay.isZero()) {
                pacing.execute(this::step);
            } else {
                pacing.schedule(this::step, delay.toNanos(), TimeUnit.NANOSECONDS);
            }
        }

        private void step() {
            try {
                if (sent == script.stallAfter()) {
                    // goes silent, keeping the connection open, until the client gives up or 30 s pass
                    pacing.schedule(exchange::close, 30, TimeUnit.SECONDS);
                    return;
                }
                if (sent < script.tokens().size()) {
                    send(out, chunk(script.tokens().get(sent).replace(CANARY_PLACEHOLDER, canary), null));
                    if (sent == 0 && question != null) {
                        firstTokens.put(question, new FirstToken(receivedNanos, System.nanoTime()));
                    }
                    sent++;
                    next(script.tokenDelay());
                    return;
                }
                send(out, chunk(null, "stop"));
                send(out, "{\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"fake\",\"choices\":[],"
                        + "\"usage\":{\"prompt_tokens\":120,\"completion_tokens\":" + script.tokens().size()
                        + ",\"total_tokens\":" + (120 + script.tokens().size()) + "}}");
                out.write("data: [DONE]\n\n".getBytes(StandardCharsets.UTF_8));
                out.flush();
                exchange.close();
            } catch (IOException | RuntimeException e) {
                // the client went away (e.g. it cancelled a stalled stream)
                exchange.close();
            }
        }
    }

    /** Written in a token, replaced by the canary found in the request's system message (a prompt leak). */
    public static final String CANARY_PLACEHOLDER = "{canary}";

    private static String canary(JsonNode body) {
        var m = java.util.regex.Pattern.compile("CANARY-[0-9A-F]+").matcher(body.path("messages").path(0).path("content").asText());
        return m.find() ? m.group() : "NO-CANARY-IN-PROMPT";
    }

    /** The request's bearer key, "" without one. */
    private static String bearerKey(HttpExchange exchange) {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        return authorization != null && authorization.startsWith("Bearer ") ? authorization.substring(7).strip() : "";
    }

    private static String lastUserMessage(JsonNode body) {
        String last = null;
        for (JsonNode message : body.path("messages")) {
            if ("user".equals(message.path("role").asText())) {
                JsonNode content = message.path("content");
                last = content.isTextual() ? content.asText() : content.toString();
            }
        }
        return last;
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

    @Override
    public void close() {
        server.stop(0);
        pacing.shutdownNow();
        dispatch.shutdownNow();
    }
}
