package org.oscetrainer.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.oscetrainer.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.transaction.support.TransactionTemplate;
import org.yaml.snakeyaml.Yaml;

/**
 * Changeset 020 on the real database: encounters the demo simulated before the engine 'simulated' existed
 * (engine 'scripted', in an exam-mode session, without the one attempt every student's exam encounter
 * holds) are labelled simulated; a student's exam encounter, a practice session's encounter and a free
 * practice stay as they were. The changeset's own SQL runs on rows made for the test, then rolled back.
 */
@IntegrationTest
class SimulatedEncountersChangesetTest {

    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transactions;

    @Test
    void onlyTheSimulationsEncountersOfExamSessionsAreLabelledSimulated() throws Exception {
        String sql = changesetSql();
        transactions.executeWithoutResult(tx -> {
            long exam = session("EXAM");
            long practice = session("PRACTICE");
            long simulated = encounter(exam, null, "scripted");
            long studentsExam = encounter(exam, exam + ":cs-student:abdominal-pain-en", "scripted");
            long llmExam = encounter(exam, null, "llm");
            long practiced = encounter(practice, null, "scripted");
            long free = encounter(null, null, "scripted");
            jdbc.update(sql);
            List<Map<String, Object>> rows = jdbc.queryForList("select id, engine from encounter where id in (?, ?, ?, ?, ?)",
                    simulated, studentsExam, llmExam, practiced, free);
            assertThat(rows).extracting(r -> r.get("id") + " " + r.get("engine")).containsExactlyInAnyOrder(
                    simulated + " simulated", studentsExam + " scripted", llmExam + " llm", practiced + " scripted",
                    free + " scripted");
            tx.setRollbackOnly();
        });
    }

    @SuppressWarnings("unchecked")
    private static String changesetSql() throws Exception {
        try (InputStream in = SimulatedEncountersChangesetTest.class
                .getResourceAsStream("/db/changelog/changes/020-simulated-encounters.yaml")) {
            Map<String, Object> log = new Yaml().load(in);
            Map<String, Object> changeSet = (Map<String, Object>) ((List<Map<String, Object>>) log.get("databaseChangeLog"))
                    .get(0).get("changeSet");
            Map<String, Object> change = ((List<Map<String, Object>>) changeSet.get("changes")).get(0);
            return (String) ((Map<String, Object>) change.get("sql")).get("sql");
        }
    }

    private long session(String mode) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update(c -> {
            var s = c.prepareStatement("insert into exam_session (name, cohort_id, mode, opens_at, closes_at, created_by,"
                    + " created_at) values (?, 0, ?, ?, ?, 'cs-faculty', ?)", new String[] {"id"});
            s.setString(1, "Changeset 020 " + mode);
            s.setString(2, mode);
            s.setTimestamp(3, now);
            s.setTimestamp(4, now);
            s.setTimestamp(5, now);
            return s;
        }, key);
        return key.getKey().longValue();
    }

    private long encounter(Long sessionId, String attempt, String engine) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update(c -> {
            var s = c.prepareStatement("insert into encounter (student_username, station_id, station_version_id, station_title,"
                    + " started_at, deadline_at, ended_at, end_reason, engine, exam_session_id, exam_attempt)"
                    + " values ('cs-student', 'abdominal-pain-en', 0, 'Changeset 020', ?, ?, ?, 'STUDENT', ?, ?, ?)",
                    new String[] {"id"});
            s.setTimestamp(1, now);
            s.setTimestamp(2, now);
            s.setTimestamp(3, now);
            s.setString(4, engine);
            s.setObject(5, sessionId);
            s.setString(6, attempt);
            return s;
        }, key);
        return key.getKey().longValue();
    }
}
