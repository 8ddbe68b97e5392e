package org.oscetrainer.operations;

import org.oscetrainer.encounter.ConversationService;
import org.oscetrainer.encounter.PostEncounterNoteService;
import org.oscetrainer.incident.IncidentReportService;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.oscetrainer.IntegrationTest;
import org.oscetrainer.SignedIn;
import org.oscetrainer.catalog.CatalogService;
import org.oscetrainer.encounter.EncounterService;
import org.oscetrainer.encounter.EncounterSummary;
import org.oscetrainer.encounter.TranscriptTurn;
import org.oscetrainer.encounter.TurnListener;
import org.oscetrainer.security.SystemIdentity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Health and metrics over real HTTP: liveness and readiness answer anyone with no details; the
 * Prometheus page answers the local scraper with the app's figures, and nobody else unless an ADMIN
 * signs in; other actuator endpoints are closed.
 */
@IntegrationTest
class OperationsEndpointsTest {

    @LocalServerPort int port;
    @Autowired WebApplicationContext context;
    @Autowired EncounterService encounters;
    @Autowired ConversationService conversation;
    @Autowired PostEncounterNoteService notes;
    @Autowired IncidentReportService incidentReports;
    @Autowired CatalogService catalog;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> fetch(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void livenessAndReadinessAreOpenAndSayNothingMore() throws Exception {
        for (String probe : new String[] {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"}) {
            HttpResponse<String> health = fetch(probe);
            assertThat(health.statusCode()).as(probe).isEqualTo(200);
            assertThat(health.body()).as(probe).contains("\"status\":\"UP\"").doesNotContain("components")
                    .doesNotContain("mariadb").doesNotContain("details");
        }
    }

    @Test
    void prometheusShowsTheAppsFiguresToTheLocalScraper() throws Exception {
        long version = SystemIdentity.call(() -> catalog.latestStation("chest-pain-en").versionId());
        SignedIn.as("ops-student", "STUDENT", () -> {
            EncounterSummary encounter = encounters.start(version);
            java.util.concurrent.CompletableFuture<TranscriptTurn> replied = new java.util.concurrent.CompletableFuture<>();
            conversation.ask(encounter.id(), "Where does it hurt?", new TurnListener() {
                @Override public void token(String token) { }
                @Override public void degraded(String reason) { }
                @Override public void replied(TranscriptTurn turn) { replied.complete(turn); }
                @Override public void failed(String reason) { replied.completeExceptionally(new AssertionError(reason)); }
            });
            try {
                replied.get(10, java.util.concurrent.TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });

        HttpResponse<String> metrics = fetch("/actuator/prometheus");

        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body())
                .containsPattern("osce_encounters_open\\{[^}]*\\} [1-9]")
                .containsPattern("osce_patient_replies_total\\{[^}]*engine=\"scripted\"[^}]*verdict=\"PASSED\"[^}]*\\} [1-9]")
                .contains("osce_patient_first_token_seconds_bucket")
                .containsPattern("osce_patient_tokens_total\\{[^}]*\\} [1-9]")
                .contains("osce_patient_fallbacks_total")
                .contains("osce_guardrails_checked_total")
                .containsPattern("osce_guard_checks_waiting\\{[^}]*\\} 0")
                .contains("hikaricp_connections_active")
                .contains("jvm_memory_used_bytes");
    }

    @Test
    void prometheusIsClosedToOtherAddressesUnlessAnAdminSignsIn() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        mvc.perform(get("/actuator/prometheus").with(remote("10.20.30.40"))).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/prometheus").with(remote("10.20.30.40")).with(httpBasic("student", "demo-password")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/actuator/prometheus").with(remote("10.20.30.40")).with(httpBasic("admin", "demo-password")))
                .andExpect(status().isOk());
        mvc.perform(get("/actuator/health/readiness").with(remote("10.20.30.40"))).andExpect(status().isOk());
    }

    @Test
    void otherActuatorEndpointsAreClosed() throws Exception {
        assertThat(fetch("/actuator/env").statusCode()).isIn(401, 403, 404);
        assertThat(fetch("/actuator/beans").statusCode()).isIn(401, 403, 404);
        assertThat(fetch("/actuator/metrics").statusCode()).isIn(401, 403, 404);
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor remote(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
