package org.oscetrainer.warmup;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.oscetrainer.IntegrationTest;
import org.oscetrainer.catalog.Scenario;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.LivenessState;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * The warm-up before readiness on the real app and database: while it runs the web server answers, liveness is up and
 * readiness refuses (503); once it has run the node is ready (200); it leaves no row in
 * any table. A first step of this test's own looks at the node from inside the warm-up. With no time given, every step
 * warms the first published station only.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
@TestPropertySource(properties = {"osce.warm-up.enabled=true", "osce.warm-up.rounds=1", "osce.warm-up.max-duration=0s"})
class WarmUpBeforeReadinessTest {

    /** What the first step saw at each station: readiness, liveness, the probes' HTTP statuses. */
    static final List<String> seen = new CopyOnWriteArrayList<>();
    /** Every table's row count when the warm-up began (the first step's first call). */
    static final Map<String, Long> rowsBefore = new LinkedHashMap<>();

    @LocalServerPort int port;
    @Autowired ApplicationAvailability availability;
    @Autowired JdbcTemplate jdbc;

    @Test
    void refusesTrafficWhileWarmingUpThenIsReadyAndLeavesNoRow(CapturedOutput output) throws Exception {
        assertThat(seen).as("what the first step saw inside the warm-up")
                .allMatch(s -> s.equals("REFUSING_TRAFFIC CORRECT readiness 503 liveness 200"));
        assertThat(rowsBefore).as("tables counted at the warm-up's start").containsKeys("encounter", "turn");
        assertThat(availability.getReadinessState()).isEqualTo(ReadinessState.ACCEPTING_TRAFFIC);
        assertThat(availability.getLivenessState()).isEqualTo(LivenessState.CORRECT);
        assertThat(status(port, "/actuator/health/readiness")).isEqualTo(200);

        assertThat(rowCounts(jdbc)).as("rows of every table after the warm-up").isEqualTo(rowsBefore);
        assertThat(jdbc.queryForObject("select count(*) from encounter where engine = 'warm-up'", Long.class)).isZero();
        // no time at all: every step warms the first station only (a fast test), then the node is ready
        assertThat(seen).hasSize(1);
        assertThat(output).contains("Warm-up before readiness: 0 of 1 rounds over ").contains("stopped by osce.warm-up.max-duration")
                .containsPattern("the scripted patient's understanding and the examiner \\(questions\\): [1-9]")
                .containsPattern("the guard over streamed replies: [1-9]")
                .containsPattern("a turn's database paths, rolled back \\(turns\\): [1-9]")
                .doesNotContain("failed, then skipped");
    }

    static int status(int port, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    static Map<String, Long> rowCounts(JdbcTemplate jdbc) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : jdbc.queryForList("select table_name from information_schema.tables where table_schema ="
                + " database() and table_type = 'BASE TABLE' order by table_name", String.class)) {
            counts.put(table, jdbc.queryForObject("select count(*) from `" + table + "`", Long.class));
        }
        return counts;
    }

    @TestConfiguration
    static class Watcher {

        /** Runs before the app's steps, at each station. */
        @Bean
        @Order(0)
        WarmUpStep watchingStep(ApplicationAvailability availability, Environment environment, JdbcTemplate jdbc) {
            return new WarmUpStep() {
                @Override
                public String name() {
                    return "the test's watcher";
                }

                @Override
                public int warmUp(Scenario station) {
                    if (rowsBefore.isEmpty()) {
                        rowsBefore.putAll(rowCounts(jdbc));
                    }
                    int port = environment.getRequiredProperty("local.server.port", Integer.class);
                    try {
                        seen.add(availability.getReadinessState() + " " + availability.getLivenessState()
                                + " readiness " + status(port, "/actuator/health/readiness")
                                + " liveness " + status(port, "/actuator/health/liveness"));
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    return 1;
                }
            };
        }
    }
}
