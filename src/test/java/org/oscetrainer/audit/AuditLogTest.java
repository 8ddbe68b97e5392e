package org.oscetrainer.audit;

import org.oscetrainer.WithAccount;
import org.oscetrainer.security.Role;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oscetrainer.IntegrationTest;
import org.oscetrainer.audit.internal.AuditRetentionJob;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** The audit log: written from events, append-only down to the database, read and exported by admins only. */
@IntegrationTest
class AuditLogTest {

    @Autowired
    AuditService audit;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AuditRetentionJob retention;

    @LocalServerPort
    int port;

    @Test
    @WithAccount(value = Role.ADMIN, username = "dr-martin")
    void anEventBecomesAnEntryWithWhoWhenWhatBeforeAndAfter() {
        Instant before = Instant.now().minusSeconds(1);
        events.publishEvent(AuditEvent.of(AuditAction.SCORE_OVERRIDDEN, "proposed-score", 42, "0/2", "2/2: asked clearly"));

        List<AuditRecord> found = audit.search(new AuditFilter("dr-martin", AuditAction.SCORE_OVERRIDDEN, before, null), 0, 10);
        assertThat(found).hasSize(1);
        AuditRecord r = found.get(0);
        assertThat(r.actor()).isEqualTo("dr-martin");
        assertThat(r.subjectType()).isEqualTo("proposed-score");
        assertThat(r.subjectId()).isEqualTo("42");
        assertThat(r.before()).isEqualTo("0/2");
        assertThat(r.after()).isEqualTo("2/2: asked clearly");
        assertThat(r.at()).isAfter(before);
    }

    @Test
    @WithAccount(value = Role.ADMIN, username = "dr-martin")
    void theDatabaseRefusesToChangeAnEntryOrToDeleteOneYoungerThanSixMonths() {
        events.publishEvent(AuditEvent.of(AuditAction.RESULTS_RELEASED, "session", 7, "hidden", "released"));
        long id = jdbc.queryForObject("select max(id) from audit_entry", Long.class);

        assertThatThrownBy(() -> jdbc.update("update audit_entry set after_value = 'hidden' where id = ?", id))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from audit_entry where id = ?", id))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("at least six months");
        assertThat(jdbc.queryForObject("select after_value from audit_entry where id = ?", String.class, id))
                .isEqualTo("released");
    }

    @Test
    void theDailyPurgeRemovesOnlyEntriesOlderThanTheRetention() {
        jdbc.update("insert into audit_entry (at, actor, action, subject_type) values (?, 'old', 'SIGN_IN', 'account')",
                Timestamp.from(Instant.now().minus(Duration.ofDays(500))));
        jdbc.update("insert into audit_entry (at, actor, action, subject_type) values (?, 'recent', 'SIGN_IN', 'account')",
                Timestamp.from(Instant.now().minus(Duration.ofDays(300))));

        assertThat(retention.purge()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where actor = 'old'", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where actor = 'recent'", Integer.class)).isOne();
    }

    @Test
    void aRetentionShorterThanSixMonthsIsRefusedAtStartUp() {
        assertThatThrownBy(() -> new AuditProperties(Duration.ofDays(90)))
                .hasMessageContaining("osce.audit.retention must be at least 183 days");
    }

    @Test
    @WithAccount(value = Role.ADMIN, username = "admin")
    void theCsvExportQuotesFieldsDefusesFormulasAndIsItselfAudited() throws Exception {
        events.publishEvent(AuditEvent.of(AuditAction.GRADES_EXPORTED, "grades", null, null, "=HYPERLINK(\"x\"), 3 rows"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int written = audit.writeCsv(new AuditFilter(null, AuditAction.GRADES_EXPORTED, null, null), out);

        String csv = out.toString(StandardCharsets.UTF_8);
        assertThat(written).isPositive();
        assertThat(csv).startsWith("id,at_utc,actor,action,subject_type,subject_id,before,after\r\n");
        assertThat(csv).contains(",admin,GRADES_EXPORTED,grades,,,\"'=HYPERLINK(\"\"x\"\"), 3 rows\"");
        assertThat(audit.search(new AuditFilter("admin", AuditAction.AUDIT_EXPORTED, null, null), 0, 1)).hasSize(1);
    }

    @Test
    @WithAccount(value = Role.STUDENT, username = "student")
    void studentsCannotReadTheAuditLog() {
        assertThatThrownBy(() -> audit.search(AuditFilter.ALL, 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> audit.writeCsv(AuditFilter.ALL, new ByteArrayOutputStream()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithAccount(value = Role.EXAMINER, username = "examiner")
    void examinersCannotReadTheAuditLogEither() {
        assertThatThrownBy(() -> audit.count(AuditFilter.ALL)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void signInsAndFailedSignInsAreRecorded() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (String password : new String[] {"demo-password", "wrong-password"}) {
            String basic = Base64.getEncoder().encodeToString(("student:" + password).getBytes(StandardCharsets.UTF_8));
            http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/encounters/ws"))
                    .header("Authorization", "Basic " + basic).GET().build(), HttpResponse.BodyHandlers.discarding());
        }

        var rows = jdbc.queryForList("select action, after_value from audit_entry where actor = 'student'"
                + " and action in ('SIGN_IN', 'SIGN_IN_FAILED') order by id");
        assertThat(rows).extracting(r -> r.get("action")).contains("SIGN_IN", "SIGN_IN_FAILED");
        assertThat(rows.stream().filter(r -> "SIGN_IN_FAILED".equals(r.get("action"))).findFirst().orElseThrow()
                .get("after_value").toString()).contains("BadCredentials");
    }
}
