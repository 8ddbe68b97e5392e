package org.oscetrainer.patient;

import org.oscetrainer.WithAccount;
import org.oscetrainer.security.Role;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.oscetrainer.IntegrationTest;
import org.oscetrainer.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** The LLM outage log in the database, and who may read it. */
@IntegrationTest
class LlmOutageLogTest {

    @Autowired
    OutageLog log;

    @Autowired
    PatientService patient;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @WithAccount(Role.EXAMINER)
    void anOutageRunsFromTheFirstFailedReplyToTheFirstLlmReplyAndCountsTheRepliesInBetween() {
        jdbc.update("update llm_outage set ended_at = started_at where ended_at is null");
        Instant before = clock.instant();
        log.replyFailed("The LLM stream stalled for more than 10 s");
        log.replyFailed("The LLM endpoint failed: 503");
        log.replyFailed("The LLM failed repeatedly (circuit breaker open)");
        log.llmAnswered();
        log.llmAnswered();
        Instant after = clock.instant();

        var outages = patient.outagesBetween(before, after);
        assertThat(outages).hasSize(1);
        LlmOutage outage = outages.get(0);
        assertThat(outage.reason()).isEqualTo("The LLM stream stalled for more than 10 s");
        assertThat(outage.failedReplies()).isEqualTo(3);
        assertThat(outage.endedAt()).isNotNull().isAfterOrEqualTo(outage.startedAt());
        assertThat(patient.outagesBetween(after.plus(Duration.ofMinutes(1)), after.plus(Duration.ofMinutes(2))))
                .as("an encounter that began after the outage did not suffer it").isEmpty();
        assertThat(patient.outagesBetween(before.minus(Duration.ofHours(1)), before.minus(Duration.ofMinutes(30))))
                .isEmpty();
    }

    @Test
    @WithAccount(Role.STUDENT)
    void studentsCannotReadTheOutageLog() {
        assertThatThrownBy(() -> patient.outagesBetween(Instant.EPOCH, clock.instant()))
                .isInstanceOf(AccessDeniedException.class);
    }
}
