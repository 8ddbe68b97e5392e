package org.oscetrainer.encounter.internal;

import org.oscetrainer.encounter.EncounterService;
import org.oscetrainer.security.SystemIdentity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Ends encounters at their deadline even when no browser is open. */
@Component
class DeadlineJob {

    private static final Logger log = LoggerFactory.getLogger(DeadlineJob.class);

    private final EncounterService encounters;

    DeadlineJob(EncounterService encounters) {
        this.encounters = encounters;
    }

    @Scheduled(fixedDelayString = "${osce.encounter.deadline-check-interval:5s}")
    void closeOverdueEncounters() {
        int closed = SystemIdentity.call(encounters::closeOverdue);
        if (closed > 0) {
            log.info("Closed {} encounters at their deadline", closed);
        }
    }
}
