package org.oscetrainer.encounter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.oscetrainer.IntegrationTest;
import org.oscetrainer.SignedIn;
import org.oscetrainer.catalog.CatalogService;
import org.oscetrainer.common.UtcInstants;
import org.oscetrainer.encounter.internal.QuestionRateLimit;
import org.oscetrainer.encounter.internal.Turn;
import org.oscetrainer.encounter.internal.TurnRepository;
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
    @Autowired TurnRepository turns;

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
                    encounter, seq, UtcInstants.column(clock.instant()));
        }

        assertThat(nodeA.tryAsk("rl-alice")).as("the fourth question within the minute, on node A").isFalse();
        assertThat(nodeB.tryAsk("rl-alice")).as("the fourth question within the minute, on node B").isFalse();
        assertThat(nodeB.tryAsk("rl-bob")).as("another student is not held back").isTrue();
        assertThat(new QuestionRateLimit(three, jdbc, Clock.offset(clock, Duration.ofSeconds(61))).tryAsk("rl-alice"))
                .as("a minute later").isTrue();
    }

    /** A server set to the faculty's zone counts the turns Hibernate stored in UTC (it counted none, off by an hour). */
    @Test
    void theBudgetHoldsOnAServerInAnotherZone() {
        long version = SystemIdentity.call(() -> catalog.latestStation("chest-pain-en").versionId());
        long encounter = SignedIn.as("rl-carol", "STUDENT", () -> encounters.start(version)).id();
        EncounterProperties three = new EncounterProperties(Duration.ofSeconds(5), 3, Duration.ofSeconds(60));
        TimeZone zone = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("Europe/Paris"));
        try {
            for (int seq = 2; seq <= 4; seq++) {
                turns.saveAndFlush(new Turn(encounter, seq, "STUDENT", "q", clock.instant()));
            }
            assertThat(new QuestionRateLimit(three, jdbc, clock).tryAsk("rl-carol"))
                    .as("the fourth question within the minute, the JVM in Europe/Paris").isFalse();
        } finally {
            TimeZone.setDefault(zone);
        }
    }
}
