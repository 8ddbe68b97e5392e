package org.oscetrainer.encounter.internal;

import java.time.Clock;
import java.time.Duration;
import org.oscetrainer.common.UtcInstants;
import org.oscetrainer.encounter.EncounterProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A per-student budget of questions a minute, counted from the transcripts in the database so that
 * it holds across nodes (a student's questions may reach any node) and across restarts.
 */
@Component
public class QuestionRateLimit {

    private final int perMinute;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    public QuestionRateLimit(EncounterProperties properties, JdbcTemplate jdbc, Clock clock) {
        this.perMinute = properties.questionsPerMinute();
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Whether the student may ask one more question now; {@code false} when this minute's budget is spent. */
    public boolean tryAsk(String student) {
        Integer asked = jdbc.queryForObject("select count(*) from turn t join encounter e on e.id = t.encounter_id"
                + " where e.student_username = ? and t.speaker = 'STUDENT' and t.created_at > ?",
                Integer.class, student, UtcInstants.column(clock.instant().minus(Duration.ofMinutes(1))));
        return asked == null || asked < Math.max(1, perMinute);
    }

    public int perMinute() {
        return perMinute;
    }
}
