package org.oscetrainer.encounter;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.oscetrainer.IntegrationTest;
import org.oscetrainer.SignedIn;
import org.oscetrainer.catalog.CatalogService;
import org.oscetrainer.encounter.internal.QuestionRateLimit;
import org.oscetrainer.security.SystemIdentity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The budget is counted from the transcripts in the database, so every node sees the same questions. */
@IntegrationTest
class QuestionRateLimitTest {

    @Autowired EncounterService encounters;
    @Autowired CatalogService catalog;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    @Test
    void eachStudentHasTheirOwnBudgetOfQuestionsAMinuteAcrossNodes() {
        long version = SystemIdentity.call(() -> catalog.latestStation("chest-pain-en").versionId());
        long encounter = SignedIn.as("rl-alice", "STUDENT", () -> encounters.start(version)).id();
        EncounterProperties three = new EncounterProperties(Duration.ofSeconds(5), 3, Duration.ofSeconds(60));
        // two nodes: each its own limiter, one database
        QuestionRateLimit nodeA = new QuestionRateLimit(three, jdbc, clock);
        QuestionRateLimit nodeB = new QuestionRateLimit(three, jdbc, clock);

        for (int seq = 2; seq <= 4; seq++) {
            assertThat(seq % 2 == 0 ? nodeA.tryAsk("rl-alice") : nodeB.tryAsk("rl-alice")).as("question %d", seq - 1).isTrue();
            jdbc.update("insert into turn (encounter_id, seq, speaker, text, created_at) values (?, ?, 'STUDENT', 'q', ?)",
                    encounter, seq, Timestamp.from(clock.instant()));
        }

        assertThat(nodeA.tryAsk("rl-alice")).as("the fourth question within the minute, on node A").isFalse();
        assertThat(nodeB.tryAsk("rl-alice")).as("the fourth question within the minute, on node B").isFalse();
        assertThat(nodeB.tryAsk("rl-bob")).as("another student is not held back").isTrue();
        assertThat(new QuestionRateLimit(three, jdbc, Clock.offset(clock, Duration.ofSeconds(61))).tryAsk("rl-alice"))
                .as("a minute later").isTrue();
    }
}
