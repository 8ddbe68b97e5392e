package org.oscetrainer.audit.internal;

import java.time.Clock;
import org.oscetrainer.audit.AuditProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Removes audit entries older than {@code osce.audit.retention}, once a day. */
@Component
public class AuditRetentionJob {

    private static final Logger log = LoggerFactory.getLogger(AuditRetentionJob.class);

    private final AuditEntryRepository entries;
    private final AuditProperties properties;
    private final Clock clock;

    AuditRetentionJob(AuditEntryRepository entries, AuditProperties properties, Clock clock) {
        this.entries = entries;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(cron = "${osce.audit.purge-cron:0 30 3 * * *}")
    @Transactional
    public int purge() {
        int removed = entries.deleteOlderThan(clock.instant().minus(properties.retention()));
        if (removed > 0) {
            log.info("Audit log: removed {} entries older than {} days", removed, properties.retention().toDays());
        }
        return removed;
    }
}
