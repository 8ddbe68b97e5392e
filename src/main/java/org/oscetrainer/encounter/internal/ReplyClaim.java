package org.oscetrainer.encounter.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import org.oscetrainer.common.UtcInstants;
import org.oscetrainer.encounter.EncounterProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * One question at a time per encounter, across every node: asking claims the encounter's reply in
 * the database ({@code encounter.reply_due_by}) until the reply is committed. The node that holds a
 * claim renews it while the reply is generated (every third of {@code osce.encounter.reply-lease});
 * a claim whose node died is no longer renewed and runs out within one lease, then the student may ask
 * again, on any node.
 */
@Component
public class ReplyClaim implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ReplyClaim.class);
    private static final Duration SHORTEST_RENEWAL = Duration.ofMillis(200);

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final EncounterProperties properties;
    /** The claims this node holds, committed and not yet released. */
    private final Set<Long> held = ConcurrentHashMap.newKeySet();
    private final ScheduledFuture<?> renewal;

    ReplyClaim(JdbcTemplate jdbc, Clock clock, EncounterProperties properties, TaskScheduler scheduler) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.properties = properties;
        Duration every = properties.replyLease().dividedBy(3);
        this.renewal = scheduler.scheduleWithFixedDelay(this::renew,
                every.compareTo(SHORTEST_RENEWAL) < 0 ? SHORTEST_RENEWAL : every);
    }

    /**
     * Claims the encounter's next reply, in the caller's transaction (a rollback gives it back);
     * {@code false} while another reply is awaited. Once committed, this node renews it until released.
     */
    public boolean claim(long encounterId) {
        var now = clock.instant();
        boolean claimed = jdbc.update("update encounter set reply_due_by = ? where id = ? and ended_at is null"
                + " and (reply_due_by is null or reply_due_by <= ?)",
                UtcInstants.column(now.plus(properties.replyLease())), encounterId, UtcInstants.column(now)) == 1;
        if (claimed) {
            if (TransactionSynchronizationManager.isSynchronizationActive()) {
                TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        held.add(encounterId);
                    }
                });
            } else {
                held.add(encounterId);
            }
        }
        return claimed;
    }

    /** Whether a reply is awaited now (claimed and not run out). */
    public boolean awaited(long encounterId) {
        Integer n = jdbc.queryForObject("select count(*) from encounter where id = ? and reply_due_by > ?",
                Integer.class, encounterId, UtcInstants.column(clock.instant()));
        return n != null && n > 0;
    }

    /** The reply was committed, or failed: the student may ask again. */
    public void release(long encounterId) {
        held.remove(encounterId);
        jdbc.update("update encounter set reply_due_by = null where id = ?", encounterId);
    }

    /**
     * Pushes back the end of every claim this node holds and that has not run out (a claim that ran out,
     * e.g. while the database was unreachable, is never revived: the student may already have asked again).
     */
    void renew() {
        if (held.isEmpty()) {
            return;
        }
        try {
            var now = clock.instant();
            List<Long> ids = List.copyOf(held);
            String in = String.join(",", java.util.Collections.nCopies(ids.size(), "?"));
            Object[] args = new Object[ids.size() + 2];
            args[0] = UtcInstants.column(now.plus(properties.replyLease()));
            args[1] = UtcInstants.column(now);
            for (int i = 0; i < ids.size(); i++) {
                args[i + 2] = ids.get(i);
            }
            jdbc.update("update encounter set reply_due_by = ? where reply_due_by > ? and id in (" + in + ")", args);
        } catch (RuntimeException e) {
            log.warn("Could not renew this node's reply claims: {}", e.toString());
        }
    }

    /** How many claims this node renews now. */
    int held() {
        return held.size();
    }

    @Override
    public void destroy() {
        renewal.cancel(false);
    }
}
