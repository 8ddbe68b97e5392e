package org.oscetrainer.encounter.internal;

import java.sql.Timestamp;
import java.time.Clock;
import org.oscetrainer.encounter.EncounterProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * One question at a time per encounter, across every node: asking claims the encounter's reply in
 * the database ({@code encounter.reply_due_by}) until the reply is committed. A claim whose node died
 * runs out after {@code osce.encounter.reply-lease}; then the student may ask again, on any node.
 */
@Component
public class ReplyClaim {

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final EncounterProperties properties;

    ReplyClaim(JdbcTemplate jdbc, Clock clock, EncounterProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.properties = properties;
    }

    /**
     * Claims the encounter's next reply, in the caller's transaction (a rollback gives it back);
     * {@code false} while another reply is awaited.
     */
    public boolean claim(long encounterId) {
        var now = clock.instant();
        return jdbc.update("update encounter set reply_due_by = ? where id = ? and ended_at is null"
                + " and (reply_due_by is null or reply_due_by <= ?)",
                Timestamp.from(now.plus(properties.replyLease())), encounterId, Timestamp.from(now)) == 1;
    }

    /** Whether a reply is awaited now (claimed and not run out). */
    public boolean awaited(long encounterId) {
        Integer n = jdbc.queryForObject("select count(*) from encounter where id = ? and reply_due_by > ?",
                Integer.class, encounterId, Timestamp.from(clock.instant()));
        return n != null && n > 0;
    }

    /** The reply was committed, or failed: the student may ask again. */
    public void release(long encounterId) {
        jdbc.update("update encounter set reply_due_by = null where id = ?", encounterId);
    }
}
