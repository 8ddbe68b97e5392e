package org.oscetrainer.encounter.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.oscetrainer.common.JobRuns;
import org.oscetrainer.encounter.EncounterService;
import org.oscetrainer.security.SystemIdentity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Ends encounters at their deadline even when no browser is open; on one node at a time. */
@Component
class DeadlineJob {

    private static final Logger log = LoggerFactory.getLogger(DeadlineJob.class);

    static final String NAME = "encounter-deadlines";

    private final EncounterService encounters;
    private final JobRuns runs;

    DeadlineJob(EncounterService encounters, JobRuns runs) {
        this.encounters = encounters;
        this.runs = runs;
    }

    // held only while it runs: a second node that finds the lock free just after runs again, which is
    // harmless (closing is idempotent) and keeps a node from skipping its turn behind another's lock
    @Scheduled(fixedDelayString = "${osce.encounter.deadline-check-interval:5s}")
    @SchedulerLock(name = NAME, lockAtMostFor = "PT30S", lockAtLeastFor = "PT0S")
    public void closeOverdueEncounters() {
        runs.ran(NAME);
        int closed = SystemIdentity.call(encounters::closeOverdue);
        if (closed > 0) {
            log.info("Closed {} encounters at their deadline", closed);
        }
    }
}
