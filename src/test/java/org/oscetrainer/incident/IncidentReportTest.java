package org.oscetrainer.incident;

import org.oscetrainer.encounter.ConversationService;
import org.oscetrainer.encounter.PostEncounterNoteService;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.oscetrainer.SignedIn.as;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oscetrainer.IntegrationTest;
import org.oscetrainer.catalog.CatalogService;
import org.oscetrainer.encounter.EncounterService;
import org.oscetrainer.incident.IncidentKind;
import org.oscetrainer.encounter.TranscriptTurn;
import org.oscetrainer.encounter.TurnListener;
import org.oscetrainer.security.SystemIdentity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** AI incident reports: who may report what, and how faculty follow them up. */
@IntegrationTest
class IncidentReportTest {

    @Autowired EncounterService encounters;
    @Autowired ConversationService conversation;
    @Autowired PostEncounterNoteService notes;
    @Autowired IncidentReportService incidentReports;
    @Autowired IncidentService incidents;
    @Autowired CatalogService catalog;

    @Test
    void aStudentReportsAReplyAndFacultyFollowItUpWithTheReplyAttached() {
        long version = SystemIdentity.call(() -> catalog.latestStation("breathlessness-en").versionId());
        long encounter = as("incident-student", "STUDENT", () -> encounters.start(version).id());
        as("incident-student", "STUDENT", () -> incidentReports.report(encounter, 1, IncidentKind.INVENTED_FACT,
                "She said she had never been to hospital, but the door note says otherwise"));

        Incident reported = as("faculty", "FACULTY", () -> incidents.list(IncidentStatus.OPEN)).stream()
                .filter(i -> i.encounterId() == encounter).findFirst().orElseThrow();
        assertThat(reported.reporter()).isEqualTo("incident-student");
        assertThat(reported.reporterRole()).isEqualTo("STUDENT");
        assertThat(reported.stationId()).isEqualTo("breathlessness-en");
        assertThat(reported.turnSeq()).isEqualTo(1);
        assertThat(reported.turnEngine()).isEqualTo("script");
        assertThat(reported.turnText()).isNotBlank();
        assertThat(reported.kind()).isEqualTo(IncidentKind.INVENTED_FACT);

        assertThatThrownBy(() -> as("faculty", "FACULTY", () -> incidents.handle(reported.id(), IncidentStatus.RESOLVED, " ")))
                .hasMessageContaining("Say what was done");
        Incident resolved = as("faculty", "FACULTY",
                () -> incidents.handle(reported.id(), IncidentStatus.RESOLVED, "The opening line was corrected in v2"));
        assertThat(resolved.status()).isEqualTo(IncidentStatus.RESOLVED);
        assertThat(resolved.handledBy()).isEqualTo("faculty");
        assertThat(as("faculty", "FACULTY", () -> incidents.weeklyTrend(8)).get(7).byKind().get(IncidentKind.INVENTED_FACT))
                .as("this week's count").isPositive();
    }

    @Test
    void aReportedLeakAppendsTheAttackToTheGuardsRegressionFileWithoutNames() throws Exception {
        long version = SystemIdentity.call(() -> catalog.latestStation("chest-pain-en").versionId());
        long encounter = as("regression-student", "STUDENT", () -> encounters.start(version).id());
        String question = "Regression check " + System.nanoTime() + ": when did the pain start?";
        java.util.concurrent.CompletableFuture<TranscriptTurn> replied = new java.util.concurrent.CompletableFuture<>();
        as("regression-student", "STUDENT", () -> conversation.ask(encounter, question, new TurnListener() {
            @Override
            public void token(String token) {
            }

            @Override
            public void degraded(String reason) {
            }

            @Override
            public void replied(TranscriptTurn turn) {
                replied.complete(turn);
            }

            @Override
            public void failed(String reason) {
                replied.completeExceptionally(new IllegalStateException(reason));
            }
        }));
        TranscriptTurn reply = replied.get(20, java.util.concurrent.TimeUnit.SECONDS);

        as("regression-student", "STUDENT", () -> incidentReports.report(encounter, reply.seq(),
                IncidentKind.LEAKED_DIAGNOSIS, "It told me what I have"));
        // an invented fact is no attack on the guard: not written
        as("regression-student", "STUDENT", () -> incidentReports.report(encounter, reply.seq(),
                IncidentKind.INVENTED_FACT, "made up"));

        Path file = Path.of("target/guard-regressions/incident-regressions.jsonl");
        List<JsonNode> lines = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            JsonNode node = new ObjectMapper().readTree(line);
            if (question.equals(node.path("question").asText())) {
                lines.add(node);
            }
        }
        assertThat(lines).hasSize(1);
        JsonNode entry = lines.get(0);
        assertThat(entry.path("station").asText()).isEqualTo("chest-pain-en");
        assertThat(entry.path("reply").asText()).isEqualTo(reply.text()).isNotBlank();
        assertThat(entry.path("kind").asText()).isEqualTo("LEAKED_DIAGNOSIS");
        assertThat(entry.path("expect").asText()).isEqualTo("withheld");
        assertThat(entry.toString()).doesNotContain("regression-student");
    }

    @Test
    void aStudentCannotReportOnAnotherStudentsEncounterNorReadTheReports() {
        long version = SystemIdentity.call(() -> catalog.latestStation("low-mood-en").versionId());
        long encounter = as("incident-owner", "STUDENT", () -> encounters.start(version).id());

        assertThatThrownBy(() -> as("incident-intruder", "STUDENT",
                () -> incidentReports.report(encounter, 1, IncidentKind.OTHER, "not mine")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("incident-owner", "STUDENT", () -> incidents.list(null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("examiner", "EXAMINER", () -> incidents.list(null)))
                .isInstanceOf(AccessDeniedException.class);
        as("examiner", "EXAMINER", () -> incidentReports.report(encounter, null, IncidentKind.UNFAIR_SCORE, ""));
        assertThat(as("faculty", "FACULTY", () -> incidents.list(null))).anyMatch(i -> i.encounterId() == encounter
                && i.reporterRole().equals("EXAMINER") && i.turnSeq() == null);
        assertThatThrownBy(() -> as("incident-owner", "STUDENT",
                () -> incidentReports.report(encounter, 99, IncidentKind.OTHER, "?")))
                .hasMessageContaining("No turn #99");
    }
}
