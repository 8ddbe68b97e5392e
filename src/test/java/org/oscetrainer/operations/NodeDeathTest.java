package org.oscetrainer.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.oscetrainer.catalog.CatalogService;
import org.oscetrainer.security.AccountService;
import org.oscetrainer.security.Role;
import org.oscetrainer.security.SystemIdentity;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two app nodes behind a real HAProxy (Debian's {@code haproxy}), one database; N students play
 * through the encounter WebSocket API (any node), and one node is stopped in the middle: its
 * students reconnect through HAProxy to the survivor and find the same encounter, transcript and
 * deadline; no turn they were told of is lost; the survivor's jobs close overdue encounters.
 * {@code -Dcluster.students=100} (the {@code cluster} Maven profile) for the full run; 10 by default.
 */
class NodeDeathTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    static final String PASSWORD = "node-death-pw";
    private static final int STUDENTS = Integer.getInteger("cluster.students", 10);
    static final int QUESTIONS = 4;

    @Test
    void aNodeDiesItsStudentsResumeOnTheOtherWithNothingLost() throws Exception {
        Assumptions.assumeTrue(ClusterNodes.HAPROXY.canExecute(), "needs Debian's haproxy (apt-get install -y haproxy)");
        String[] settings = {"osce.patient.token-delay=30ms", "osce.encounter.reply-lease=3s",
                "osce.encounter.questions-per-minute=600", "osce.encounter.deadline-check-interval=1s"};
        ConfigurableApplicationContext a = ClusterNodes.node("a", settings);
        ConfigurableApplicationContext b = ClusterNodes.node("b", settings);
        Process proxy = null;
        try {
            int front = ClusterNodes.freePort();
            proxy = ClusterNodes.haproxy(front, false, ClusterNodes.port(a), ClusterNodes.port(b), "haproxy-node-death.log");
            URI socketUri = URI.create("ws://127.0.0.1:" + front + "/api/encounters/ws");
            long version = SystemIdentity.call(() -> b.getBean(CatalogService.class).latestStation("chest-pain-en").versionId());
            AccountService accounts = b.getBean(AccountService.class);
            List<String> names = new ArrayList<>();
            for (int i = 0; i < STUDENTS; i++) {
                String name = "nd-" + i + "-" + System.nanoTime() % 100000;
                SystemIdentity.run(() -> accounts.createIfAbsent(name, PASSWORD, "Node death " + name, Role.STUDENT));
                names.add(name);
            }
            HttpClient http = HttpClient.newHttpClient();
            CountDownLatch halfway = new CountDownLatch(STUDENTS);
            ExecutorService pool = Executors.newFixedThreadPool(STUDENTS);
            List<Future<Student>> played = new ArrayList<>();
            for (String name : names) {
                played.add(pool.submit(() -> new Student(name, http, socketUri).play(version, halfway)));
            }
            assertThat(halfway.await(120, TimeUnit.SECONDS)).as("every student asked half their questions").isTrue();
            a.close(); // node A stops with its sockets open and replies streaming
            List<Student> students = new ArrayList<>();
            for (Future<Student> f : played) {
                students.add(f.get(180, TimeUnit.SECONDS));
            }
            pool.shutdown();

            JdbcTemplate jdbc = b.getBean(JdbcTemplate.class);
            int reconnected = 0;
            for (Student s : students) {
                assertThat(s.deadlines).as("%s: one deadline, the server's, across reconnections", s.name).hasSize(1);
                assertThat(s.encounters).as("%s: one encounter, resumed", s.name).hasSize(1);
                assertThat(s.answered).as("%s: every question answered in the end", s.name).isEqualTo(QUESTIONS);
                for (Map.Entry<Long, String> turn : s.seen.entrySet()) {
                    List<String> text = jdbc.queryForList("select text from turn where id = ?", String.class, turn.getKey());
                    assertThat(text).as("%s: turn %d, announced, is in the database", s.name, turn.getKey())
                            .containsExactly(turn.getValue());
                }
                reconnected += s.connections > 1 ? 1 : 0;
            }
            assertThat(reconnected).as("students of the stopped node reconnected to the other").isPositive();

            // the survivor closes overdue encounters: put one past its deadline
            long encounter = students.get(0).encounters.iterator().next();
            jdbc.update("update encounter set deadline_at = ? where id = ?",
                    Timestamp.from(Instant.now().minusSeconds(1)), encounter);
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
            while (jdbc.queryForObject("select ended_at from encounter where id = ?", Timestamp.class, encounter) == null
                    && System.nanoTime() < until) {
                Thread.sleep(200);
            }
            assertThat(jdbc.queryForObject("select end_reason from encounter where id = ?", String.class, encounter))
                    .as("closed by the survivor's deadline job").isEqualTo("DEADLINE");
            System.out.printf("node death: %d students, %d reconnected, %d turns checked%n", STUDENTS, reconnected,
                    students.stream().mapToInt(s -> s.seen.size()).sum());
        } finally {
            if (proxy != null) {
                proxy.destroy();
            }
            a.close();
            b.close();
        }
    }

    /** A student over the API, who reconnects (through HAProxy) whenever the socket dies. */
    static final class Student implements WebSocket.Listener {

        final String name;
        final HttpClient http;
        final URI uri;
        final Map<Long, String> seen = new ConcurrentHashMap<>();
        final java.util.Set<Instant> deadlines = ConcurrentHashMap.newKeySet();
        final java.util.Set<Long> encounters = ConcurrentHashMap.newKeySet();
        /** Error codes on which the student asks again (none here; {@code internal} while a database server dies). */
        final java.util.Set<String> askAgainOn = ConcurrentHashMap.newKeySet();
        int connections;
        int answered;
        int askedAgain;
        private final BlockingQueue<JsonNode> frames = new LinkedBlockingQueue<>();
        private final StringBuilder partial = new StringBuilder();
        private volatile WebSocket socket;
        private long encounter;
        private int request;

        Student(String name, HttpClient http, URI uri) {
            this.name = name;
            this.http = http;
            this.uri = uri;
        }

        Student play(long version, CountDownLatch halfway) throws Exception {
            connectAndStart(version);
            int q = 0;
            boolean counted = false;
            while (q < QUESTIONS) {
                String outcome = ask("Question " + (q + 1) + ": when did the pain start?");
                switch (outcome) {
                    case "reply", "degraded" -> {
                        q++;
                        answered++;
                    }
                    case "lost" -> connectAndStart(version); // the node died: reconnect and resume
                    case "busy" -> Thread.sleep(500);        // a reply of the dead node holds the encounter until its lease ends
                    default -> {
                        if (!askAgainOn.contains(outcome)) {
                            throw new AssertionError(name + ": " + outcome);
                        }
                        askedAgain++;
                        Thread.sleep(500);
                    }
                }
                if (q == QUESTIONS / 2 && !counted) {
                    counted = true;
                    halfway.countDown();
                    Thread.sleep(1000); // the node dies while some students wait and others ask
                }
                Thread.sleep(100);
            }
            if (!counted) {
                halfway.countDown();
            }
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").exceptionally(e -> null);
            return this;
        }

        private void connectAndStart(long version) throws Exception {
            for (int attempt = 0; ; attempt++) {
                try {
                    frames.clear();
                    String basic = Base64.getEncoder().encodeToString((name + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
                    socket = http.newWebSocketBuilder().header("Authorization", "Basic " + basic)
                            .buildAsync(uri, this).get(20, TimeUnit.SECONDS);
                    connections++;
                    send("{\"type\":\"start\",\"versionId\":" + version + ",\"requestId\":\"" + (++request) + "\"}");
                    JsonNode started = until("started");
                    if (started == null) {
                        throw new IllegalStateException("no started frame");
                    }
                    encounter = started.path("encounterId").asLong();
                    encounters.add(encounter);
                    deadlines.add(Instant.parse(started.path("deadline").asText()));
                    for (JsonNode t : started.path("transcript")) {
                        String known = seen.get(t.path("id").asLong());
                        if (known != null) {
                            assertThat(t.path("text").asText()).isEqualTo(known);
                        }
                    }
                    long transcriptIds = 0;
                    for (JsonNode t : started.path("transcript")) {
                        transcriptIds++;
                        seen.putIfAbsent(t.path("id").asLong(), t.path("text").asText());
                    }
                    assertThat(transcriptIds).as("%s: the resumed transcript holds every turn seen", name)
                            .isGreaterThanOrEqualTo(seen.size());
                    return;
                } catch (Exception e) {
                    if (attempt > 20) {
                        throw e;
                    }
                    Thread.sleep(500);
                }
            }
        }

        /** {@code reply}, {@code degraded}, {@code busy}, {@code lost} (socket died or silent) or an error code. */
        private String ask(String question) throws Exception {
            String id = String.valueOf(++request);
            try {
                send(JSON.createObjectNode().put("type", "ask").put("encounterId", encounter).put("text", question)
                        .put("requestId", id).toString());
            } catch (Exception dead) {
                return "lost";
            }
            String outcome = "reply";
            while (true) {
                JsonNode f = frames.poll(15, TimeUnit.SECONDS);
                if (f == null || f.path("type").asText().equals("closed-socket")) {
                    return "lost";
                }
                if (!id.equals(f.path("requestId").asText())) {
                    continue;
                }
                switch (f.path("type").asText()) {
                    case "asked" -> seen.put(f.path("turn").path("id").asLong(), f.path("turn").path("text").asText());
                    case "degraded" -> outcome = "degraded";
                    case "reply" -> {
                        seen.put(f.path("turn").path("id").asLong(), f.path("turn").path("text").asText());
                        return outcome;
                    }
                    case "failed" -> {
                        return "lost"; // the reply could not be finished (node stopping): ask again
                    }
                    case "error" -> {
                        return f.path("code").asText();
                    }
                    default -> { }
                }
            }
        }

        private JsonNode until(String type) throws InterruptedException {
            while (true) {
                JsonNode f = frames.poll(20, TimeUnit.SECONDS);
                if (f == null || f.path("type").asText().equals("closed-socket")) {
                    return null;
                }
                if (f.path("type").asText().equals(type)) {
                    return f;
                }
            }
        }

        private void send(String text) {
            socket.sendText(text, true).join();
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                try {
                    frames.add(JSON.readTree(partial.toString()));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            frames.add(JSON.createObjectNode().put("type", "closed-socket"));
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            frames.add(JSON.createObjectNode().put("type", "closed-socket"));
        }
    }
}
