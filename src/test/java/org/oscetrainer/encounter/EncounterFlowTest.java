package org.oscetrainer.encounter;

import org.oscetrainer.incident.IncidentReportService;
import org.oscetrainer.WithAccount;
import org.oscetrainer.security.Role;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.oscetrainer.IntegrationTest;
import org.oscetrainer.TestClock;
import org.oscetrainer.catalog.CatalogService;
import org.oscetrainer.scoring.ScoreReport;
import org.oscetrainer.scoring.ScoringService;
import org.oscetrainer.security.SystemIdentity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/** A whole encounter on the real database: start, ask, stream, persist, end, score, and who may see it. */
@IntegrationTest
class EncounterFlowTest {

    @Autowired EncounterService encounters;
    @Autowired ConversationService conversation;
    @Autowired PostEncounterNoteService notes;
    @Autowired IncidentReportService incidentReports;
    @Autowired CatalogService catalog;
    @Autowired ScoringService scoring;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestClock clock;

    /** Collects a streamed reply. */
    static class Collector implements TurnListener {
        final List<String> tokens = new CopyOnWriteArrayList<>();
        final CompletableFuture<TranscriptTurn> reply = new CompletableFuture<>();
        volatile Integer turnsInDatabaseWhenAnnounced;
        final JdbcTemplate jdbc;
        final long encounterId;

        Collector(JdbcTemplate jdbc, long encounterId) {
            this.jdbc = jdbc;
            this.encounterId = encounterId;
        }

        @Override public void token(String token) { tokens.add(token); }
        @Override public void degraded(String reason) { }
        @Override public void replied(TranscriptTurn turn) {
            turnsInDatabaseWhenAnnounced = jdbc.queryForObject(
                    "select count(*) from turn where encounter_id = ? and seq = ?", Integer.class, encounterId, turn.seq());
            reply.complete(turn);
        }
        @Override public void failed(String reason) { reply.completeExceptionally(new AssertionError(reason)); }

        TranscriptTurn await() throws Exception {
            return reply.get(10, TimeUnit.SECONDS);
        }
    }

    private long chestPainVersion() {
        return SystemIdentity.call(() -> catalog.latestStation("chest-pain-en").versionId());
    }

    private TranscriptTurn ask(long encounterId, String question) throws Exception {
        Collector collector = new Collector(jdbc, encounterId);
        TranscriptTurn asked = conversation.ask(encounterId, question, collector);
        assertThat(jdbc.queryForObject("select text from turn where id = ?", String.class, asked.id())).isEqualTo(question);
        TranscriptTurn reply = collector.await();
        assertThat(collector.turnsInDatabaseWhenAnnounced).as("reply committed before it is announced").isEqualTo(1);
        assertThat(String.join("", collector.tokens)).isEqualTo(reply.text());
        return reply;
    }

    @Test
    @WithAccount(value = Role.STUDENT, username = "flow-student")
    void aStudentPlaysAStationAndGetsAScoreWithEvidence() throws Exception {
        EncounterSummary encounter = encounters.start(chestPainVersion());
        assertThat(encounter.deadlineAt()).isAfter(encounter.startedAt());
        assertThat(conversation.transcript(encounter.id())).hasSize(1)
                .first().extracting(TranscriptTurn::speaker).isEqualTo(TranscriptTurn.Speaker.PATIENT);

        TranscriptTurn reply = ask(encounter.id(), "Hello, my name is Dr Martin. When did the pain start?");
        assertThat(reply.speaker()).isEqualTo(TranscriptTurn.Speaker.PATIENT);
        assertThat(reply.engine()).isEqualTo("scripted");
        ask(encounter.id(), "Do you smoke, or take any recreational drugs?");

        assertThat(conversation.transcript(encounter.id())).extracting(TranscriptTurn::seq).containsExactly(1, 2, 3, 4, 5);
        assertThat(encounters.start(chestPainVersion()).id()).as("a refresh resumes the open attempt").isEqualTo(encounter.id());

        EncounterSummary ended = encounters.end(encounter.id());
        assertThat(ended.endReason()).isEqualTo(EncounterService.END_BY_STUDENT);
        assertThatThrownBy(() -> conversation.ask(encounter.id(), "One more?", new Collector(jdbc, encounter.id())))
                .isInstanceOf(EncounterClosedException.class);

        ScoreReport report = awaitReport(encounter.id());
        assertThat(report.total()).isPositive().isLessThan(report.max());
        var smoking = report.items().stream().filter(i -> i.evidenceQuote() != null && i.evidenceQuote().equals("Do you smoke, or take any recreational drugs?")).findFirst();
        assertThat(smoking).as("an item earned by the smoking and drugs question (the item names both)").isPresent();
        assertThat(smoking.get().evidenceSeq()).isEqualTo(4);
    }

    @Test
    @WithAccount(value = Role.STUDENT, username = "other-student")
    void aStudentCannotReadAnotherStudentsEncounterNorTheRubric() {
        long othersEncounter = SystemIdentity.call(() -> encounters.endedEncounters().stream()
                .filter(e -> !e.studentUsername().equals("other-student")).findFirst()
                .map(EncounterSummary::id).orElseGet(() -> -1L));
        if (othersEncounter > 0) {
            assertThatThrownBy(() -> conversation.transcript(othersEncounter)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> scoring.report(othersEncounter)).isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> conversation.transcript(Long.MAX_VALUE)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> catalog.rubric(chestPainVersion())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> encounters.endedEncounters()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> encounters.closeOverdue()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void methodSecurityIsOnForAnonymousCallers() {
        assertThatThrownBy(() -> catalog.publishedStations()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> encounters.myEncounters()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    @WithAccount(value = Role.STUDENT, username = "late-student")
    void theServerEndsAnEncounterAtItsDeadlineWithoutABrowser() throws Exception {
        EncounterSummary encounter = encounters.start(chestPainVersion());
        ask(encounter.id(), "Do you smoke?");
        clock.advance(Duration.ofMinutes(9));
        try {
            // the job runs every 5 s; other test contexts on the database (their clocks not advanced) share its lock
            long deadline = System.currentTimeMillis() + 20_000;
            while (!encounters.encounter(encounter.id()).ended() && System.currentTimeMillis() < deadline) {
                Thread.sleep(100);
            }
        } finally {
            // other application contexts share the database: a clock left ahead would close their encounters
            clock.advance(Duration.ofMinutes(-9));
        }
        EncounterSummary closed = encounters.encounter(encounter.id());
        assertThat(closed.ended()).as("closed by the deadline job").isTrue();
        assertThat(closed.endReason()).isEqualTo(EncounterService.END_AT_DEADLINE);
        assertThatThrownBy(() -> conversation.ask(encounter.id(), "Still there?", new Collector(jdbc, encounter.id())))
                .isInstanceOf(EncounterClosedException.class);
        assertThat(awaitReport(encounter.id()).items()).isNotEmpty();
    }

    @Test
    @WithAccount(value = Role.STUDENT, username = "flow-student")
    void emptyAndOverlongQuestionsAreRefusedAndNothingIsStored() {
        EncounterSummary encounter = encounters.start(chestPainVersion());
        int before = conversation.transcript(encounter.id()).size();
        assertThatThrownBy(() -> conversation.ask(encounter.id(), "   ", new Collector(jdbc, encounter.id())))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> conversation.ask(encounter.id(), "x".repeat(1001), new Collector(jdbc, encounter.id())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1000");
        assertThat(conversation.transcript(encounter.id())).hasSize(before);
        encounters.end(encounter.id());
    }

    private ScoreReport awaitReport(long encounterId) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < deadline) {
            var report = scoring.report(encounterId);
            if (report.isPresent()) {
                return report.get();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("encounter " + encounterId + " was not scored within 10 s");
    }
}
