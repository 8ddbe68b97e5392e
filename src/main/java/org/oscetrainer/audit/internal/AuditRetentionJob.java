package org.oscetrainer.audit.internal;

import java.time.Clock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.oscetrainer.audit.AuditProperties;
import org.oscetrainer.common.JobRuns;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Removes audit entries older than {@code osce.audit.retention}, once a day, on one node of the cluster. */
@Component
public class AuditRetentionJob {

    private static final Logger log = LoggerFactory.getLogger(AuditRetentionJob.class);

    private final AuditEntryRepository entries;
    private final AuditProperties properties;
    private final Clock clock;
    private final JobRuns runs;

    static final String NAME = "audit-retention";

    AuditRetentionJob(AuditEntryRepository entries, AuditProperties properties, Clock clock, JobRuns runs) {
        this.entries = entries;
        this.properties = properties;
        this.clock = clock;
        this.runs = runs;
    }

    /** The daily run: held for at least 10 minutes, so that a node whose clock lags does not run it again. */
    @Scheduled(cron = "${osce.audit.purge-cron:0 30 3 * * *}")
    @SchedulerLock(name = NAME, lockAtMostFor = "PT1H", lockAtLeastFor = "PT10M")
    @Transactional
    public void scheduledPurge() {
        runs.ran(NAME);
        purge();
    }

    @Transactional
    public int purge() {
        int removed = entries.deleteOlderThan(clock.instant().minus(properties.retention()));
        if (removed > 0) {
            log.info("Audit log: removed {} entries older than {} days", removed, properties.retention().toDays());
        }
        return removed;
    }
}
