package org.oscetrainer.encounter;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.oscetrainer.security.Role;
import org.oscetrainer.HttpSignIn;
import org.oscetrainer.IntegrationTest;
import org.oscetrainer.catalog.CatalogService;
import org.oscetrainer.security.SystemIdentity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The encounters' JSON WebSocket API (docs/api.md) as another client uses it: the JDK's WebSocket
 * client with HTTP Basic, against the real server and database. Plays as the demo account
 * {@code student2}, on a station the browser tests do not give it.
 */
@IntegrationTest
class EncounterSocketApiTest {

    private static final String PASSWORD = "demo-password";
    private static final String STATION = "chest-pain-en";
    private static final String PATH = "/api/encounters/ws";

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired EncounterService encounters;
    @Autowired CatalogService catalog;

    private final ObjectMapper json = new ObjectMapper();
    private final List<Client> clients = new ArrayList<>();

    @AfterEach
    void closeClients() {
        clients.forEach(Client::close);
    }

    @Test
    void aStudentPlaysAStationOverTheSocket() throws Exception {
        Client client = connect("student2", PASSWORD);

        client.send("{\"type\":\"stations\",\"requestId\":\"s1\"}");
        JsonNode stations = client.next("stations");
        assertThat(stations.path("requestId").asText()).isEqualTo("s1");
        JsonNode chestPain = null;
        for (JsonNode station : stations.path("stations")) {
            if (station.path("id").asText().equals(STATION)) {
                chestPain = station;
            }
        }
        assertThat(chestPain).as("the published station " + STATION).isNotNull();
        assertThat(chestPain.path("title").asText()).isNotBlank();
        assertThat(chestPain.path("language").asText()).isEqualTo("en");
        assertThat(chestPain.path("durationMinutes").asInt()).isPositive();
        assertThat(chestPain.path("doorNote").asText()).isNotBlank();
        assertThat(chestPain.has("hiddenDiagnosis") || chestPain.has("rubric")).isFalse();

        client.send("{\"type\":\"start\",\"versionId\":" + chestPain.path("versionId").asLong() + "}");
        JsonNode started = client.next("started");
        long encounterId = started.path("encounterId").asLong();
        assertThat(Instant.parse(started.path("deadline").asText())).isAfter(Instant.now());
        assertThat(started.path("doorNote").asText()).isEqualTo(chestPain.path("doorNote").asText());
        JsonNode opening = started.path("transcript").get(0);
        assertThat(opening.path("speaker").asText()).isEqualTo("PATIENT");
        int turns = started.path("transcript").size();

        client.send("{\"type\":\"ask\",\"encounterId\":" + encounterId + ",\"text\":\"Do you smoke?\",\"requestId\":\"q1\"}");
        JsonNode asked = client.next();
        assertThat(asked.path("type").asText()).isEqualTo("asked");
        assertThat(asked.path("requestId").asText()).isEqualTo("q1");
        assertThat(asked.path("turn").path("seq").asInt()).isEqualTo(turns + 1);
        assertThat(asked.path("turn").path("speaker").asText()).isEqualTo("STUDENT");
        assertThat(jdbc.queryForObject("select text from turn where id = ?", String.class,
                asked.path("turn").path("id").asLong())).isEqualTo("Do you smoke?");

        StringBuilder streamed = new StringBuilder();
        JsonNode frame = client.next();
        while (frame.path("type").asText().equals("token")) {
            assertThat(frame.path("encounterId").asLong()).isEqualTo(encounterId);
            assertThat(frame.path("requestId").asText()).isEqualTo("q1");
            streamed.append(frame.path("text").asText());
            frame = client.next();
        }
        assertThat(frame.path("type").asText()).isEqualTo("reply");
        JsonNode reply = frame.path("turn");
        assertThat(reply.path("seq").asInt()).isEqualTo(turns + 2);
        assertThat(reply.path("speaker").asText()).isEqualTo("PATIENT");
        assertThat(streamed).as("tokens concatenate to the reply").hasToString(reply.path("text").asText()).isNotEmpty();
        assertThat(client.turnsInDatabaseOnArrival.get(reply.path("id").asLong()))
                .as("the reply is committed before its frame arrives").isEqualTo(1);

        client.send("{\"type\":\"time\",\"encounterId\":" + encounterId + "}");
        JsonNode time = client.next("time");
        assertThat(time.path("remainingSeconds").asLong()).isPositive()
                .isLessThanOrEqualTo(chestPain.path("durationMinutes").asLong() * 60);
        assertThat(time.path("deadline").asText()).isEqualTo(started.path("deadline").asText());
        assertThat(time.path("ended").asBoolean()).isFalse();

        client.send("{\"type\":\"end\",\"encounterId\":" + encounterId + ",\"requestId\":\"e1\"}");
        JsonNode ended = client.next("ended");
        assertThat(ended.path("encounterId").asLong()).isEqualTo(encounterId);
        assertThat(ended.path("reason").asText()).isEqualTo(EncounterService.END_BY_STUDENT);

        client.send("{\"type\":\"ask\",\"encounterId\":" + encounterId + ",\"text\":\"One more thing?\",\"requestId\":\"q2\"}");
        JsonNode closed = client.next("error");
        assertThat(closed.path("code").asText()).isEqualTo("closed");
        assertThat(closed.path("requestId").asText()).isEqualTo("q2");
        assertThat(closed.path("message").asText()).contains("has ended");
    }

    @Test
    void badFramesGetAnErrorAndTheSocketStaysUsable() throws Exception {
        Client client = connect("student2", PASSWORD);

        client.send("{this is not json");
        assertThat(client.next("error").path("code").asText()).isEqualTo("bad-request");

        client.send("{\"type\":\"dance\",\"requestId\":\"d1\"}");
        JsonNode unknown = client.next("error");
        assertThat(unknown.path("code").asText()).isEqualTo("bad-request");
        assertThat(unknown.path("message").asText()).contains("dance").contains("stations, start, ask, time, end");
        assertThat(unknown.path("requestId").asText()).isEqualTo("d1");

        client.send("[1, 2]");
        assertThat(client.next("error").path("message").asText()).contains("\"type\"");

        client.send("{\"type\":\"start\"}");
        assertThat(client.next("error").path("message").asText()).contains("versionId");

        client.send("{\"type\":\"start\",\"versionId\":\"chest pain\"}");
        assertThat(client.next("error").path("message").asText()).contains("versionId");

        client.send("{\"type\":\"start\",\"versionId\":999999999}");
        assertThat(client.next("error").path("code").asText()).isEqualTo("not-found");

        client.send("{\"type\":\"stations\",\"requestId\":\"after\"}");
        JsonNode stations = client.next("stations");
        assertThat(stations.path("requestId").asText()).isEqualTo("after");
        assertThat(stations.path("stations").size()).isPositive();
    }

    @Test
    void anotherStudentsEncounterIsForbidden() throws Exception {
        long othersEncounter = asStudent("ws-other-student", () -> encounters.start(
                SystemIdentity.call(() -> catalog.latestStation(STATION).versionId())).id());
        int turnsBefore = jdbc.queryForObject("select count(*) from turn where encounter_id = ?", Integer.class,
                othersEncounter);
        Client client = connect("student2", PASSWORD);

        for (String request : List.of(
                "{\"type\":\"time\",\"encounterId\":" + othersEncounter + "}",
                "{\"type\":\"ask\",\"encounterId\":" + othersEncounter + ",\"text\":\"Do you smoke?\"}",
                "{\"type\":\"end\",\"encounterId\":" + othersEncounter + "}")) {
            client.send(request);
            assertThat(client.next("error").path("code").asText()).as(request).isEqualTo("forbidden");
        }
        assertThat(jdbc.queryForObject("select count(*) from turn where encounter_id = ?", Integer.class,
                othersEncounter)).isEqualTo(turnsBefore);
        assertThat(jdbc.queryForObject("select count(*) from encounter where id = ? and ended_at is null",
                Integer.class, othersEncounter)).as("still open").isEqualTo(1);
        asStudent("ws-other-student", () -> encounters.end(othersEncounter));
    }

    @Test
    void aMissingEncounterAndAnotherStudentsGetTheSameAnswer() throws Exception {
        long othersEncounter = asStudent("ws-other-student2", () -> encounters.start(
                SystemIdentity.call(() -> catalog.latestStation(STATION).versionId())).id());
        long missing = jdbc.queryForObject("select coalesce(max(id), 0) + 1000 from encounter", Long.class);
        Client client = connect("student2", PASSWORD);

        client.send("{\"type\":\"time\",\"encounterId\":" + othersEncounter + "}");
        JsonNode foreign = client.next("error");
        client.send("{\"type\":\"time\",\"encounterId\":" + missing + "}");
        JsonNode absent = client.next("error");

        assertThat(foreign.path("code").asText()).isEqualTo("forbidden");
        assertThat(absent.path("code").asText()).isEqualTo("forbidden");
        assertThat(foreign.path("message").asText().replace(String.valueOf(othersEncounter), "N"))
                .isEqualTo(absent.path("message").asText().replace(String.valueOf(missing), "N"))
                .isEqualTo("This encounter does not exist or is not yours.");
        asStudent("ws-other-student2", () -> encounters.end(othersEncounter));
    }

    @Test
    void signingOutClosesTheSocketsOfThatBrowserSession() throws Exception {
        HttpSignIn browser = new HttpSignIn(port);
        assertThat(HttpSignIn.signedIn(browser.signIn("student2", PASSWORD))).isTrue();
        Client client = new Client();
        client.socket = browser.client.newWebSocketBuilder().buildAsync(uri(), client).get(10, TimeUnit.SECONDS);
        clients.add(client);
        Client basic = connect("student2", PASSWORD);

        String[] csrf = browser.csrf("/stations");
        assertThat(browser.post("/logout", csrf[0] + "=" + csrf[1]).statusCode()).isEqualTo(302);

        // Tomcat closes the WebSockets opened under an authenticated HTTP session when that session ends
        assertThat(client.closeCode.get(10, TimeUnit.SECONDS)).isEqualTo(1008);
        basic.send("{\"type\":\"stations\"}");
        assertThat(basic.next("stations").path("stations").size()).as("a Basic socket has no session to end").isPositive();
    }

    @Test
    void theHandshakeNeedsAStudentsCredentials() {
        assertThat(handshakeStatus("student2", "wrong-password")).isEqualTo(401);
        assertThat(handshakeStatus(null, null)).isEqualTo(401);
        assertThat(handshakeStatus("examiner", PASSWORD)).isEqualTo(403);
        assertThat(handshakeStatus("faculty", PASSWORD)).isEqualTo(403);
    }

    @Test
    void aPageFromAnotherSiteCannotOpenTheSocket() {
        var fromElsewhere = builder("student2", PASSWORD).header("Origin", "https://elsewhere.example");
        assertThat(handshakeStatus(fromElsewhere)).isEqualTo(403);
    }

    @Test
    void aBrowserSignedInOpensTheSocketWithItsSessionAndBasicCreatesNoSession() throws Exception {
        HttpSignIn browser = new HttpSignIn(port);
        assertThat(HttpSignIn.signedIn(browser.signIn("student2", PASSWORD))).isTrue();

        Client client = new Client();
        client.socket = browser.client.newWebSocketBuilder().buildAsync(uri(), client).get(10, TimeUnit.SECONDS);
        clients.add(client);
        client.send("{\"type\":\"stations\"}");
        assertThat(client.next("stations").path("stations").size()).isPositive();

        HttpResponse<String> basic = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + PATH)).header("Authorization", basic("student2", PASSWORD)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(basic.statusCode()).as("authenticated, but not a WebSocket upgrade").isEqualTo(400);
        assertThat(basic.headers().firstValue("Set-Cookie")).as("no session for Basic clients").isEmpty();
    }

    @Test
    void aFrameOverTheSizeLimitClosesTheSocket() throws Exception {
        Client client = connect("student2", PASSWORD);
        client.send("{\"type\":\"stations\",\"requestId\":\"" + "x".repeat(10_000) + "\"}");
        assertThat(client.closeCode.get(10, TimeUnit.SECONDS)).isEqualTo(1009);
    }

    private Client connect(String username, String password) throws Exception {
        Client client = new Client();
        client.socket = builder(username, password).buildAsync(uri(), client).get(10, TimeUnit.SECONDS);
        clients.add(client);
        return client;
    }

    private int handshakeStatus(String username, String password) {
        return handshakeStatus(builder(username, password));
    }

    private int handshakeStatus(WebSocket.Builder builder) {
        try {
            builder.buildAsync(uri(), new Client()).get(10, TimeUnit.SECONDS).abort();
            throw new AssertionError("the handshake was accepted");
        } catch (ExecutionException e) {
            assertThat(e.getCause()).isInstanceOf(WebSocketHandshakeException.class);
            return ((WebSocketHandshakeException) e.getCause()).getResponse().statusCode();
        } catch (InterruptedException | TimeoutException e) {
            throw new AssertionError(e);
        }
    }

    private WebSocket.Builder builder(String username, String password) {
        WebSocket.Builder builder = HttpClient.newHttpClient().newWebSocketBuilder();
        if (username != null) {
            builder.header("Authorization", basic(username, password));
        }
        return builder;
    }

    private static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private URI uri() {
        return URI.create("ws://localhost:" + port + PATH);
    }

    private static <T> T asStudent(String username, Supplier<T> work) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
                AuthorityUtils.createAuthorityList(Role.authorities(List.of(Role.STUDENT)))));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** Collects whole text frames; notes, as each reply frame arrives, whether its turn is in the database. */
    private final class Client implements WebSocket.Listener {

        final BlockingQueue<JsonNode> frames = new LinkedBlockingQueue<>();
        final Map<Long, Integer> turnsInDatabaseOnArrival = new ConcurrentHashMap<>();
        final CompletableFuture<Integer> closeCode = new CompletableFuture<>();
        private final StringBuilder partial = new StringBuilder();
        WebSocket socket;

        void send(String text) {
            socket.sendText(text, true).join();
        }

        JsonNode next() throws InterruptedException {
            JsonNode frame = frames.poll(10, TimeUnit.SECONDS);
            assertThat(frame).as("a frame within 10 s").isNotNull();
            return frame;
        }

        /** The next frame, which must be of this type. */
        JsonNode next(String type) throws InterruptedException {
            JsonNode frame = next();
            assertThat(frame.path("type").asText()).as(frame.toString()).isEqualTo(type);
            return frame;
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                try {
                    JsonNode frame = json.readTree(partial.toString());
                    if (frame.path("type").asText().equals("reply")) {
                        long turnId = frame.path("turn").path("id").asLong();
                        turnsInDatabaseOnArrival.put(turnId, jdbc.queryForObject(
                                "select count(*) from turn where id = ?", Integer.class, turnId));
                    }
                    frames.add(frame);
                } catch (Exception e) {
                    throw new IllegalStateException("Unreadable frame " + partial, e);
                }
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closeCode.complete(statusCode);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            closeCode.completeExceptionally(error);
        }

        void close() {
            if (socket != null && !socket.isOutputClosed()) {
                socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").exceptionally(e -> null);
            }
        }
    }
}
