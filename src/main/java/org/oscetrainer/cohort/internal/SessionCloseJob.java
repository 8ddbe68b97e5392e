package org.oscetrainer.cohort.internal;

import org.oscetrainer.cohort.ExamSessionService;
import org.oscetrainer.security.SystemIdentity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Closes sessions at the end of their window even when no browser is open. (Their encounters'
 * deadlines never pass the window's end, so the encounter deadline job ends those at the same time.)
 */
@Component
class SessionCloseJob {

    private static final Logger log = LoggerFactory.getLogger(SessionCloseJob.class);

    private final ExamSessionService sessions;

    SessionCloseJob(ExamSessionService sessions) {
        this.sessions = sessions;
    }

    @Scheduled(fixedDelayString = "${osce.encounter.deadline-check-interval:5s}")
    void closeEndedSessions() {
        int closed = SystemIdentity.call(sessions::closeEnded);
        if (closed > 0) {
            log.info("Closed {} exam sessions at the end of their window", closed);
        }
    }
}
