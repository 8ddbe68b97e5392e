package org.oscetrainer.examsession.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.oscetrainer.examsession.ExamSessionService;
import org.oscetrainer.common.JobRuns;
import org.oscetrainer.security.SystemIdentity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Closes sessions at the end of their window even when no browser is open. (Their encounters'
 * deadlines never pass the window's end, so the encounter deadline job ends those at the same time.)
 * On one node at a time.
 */
@Component
class SessionCloseJob {

    private static final Logger log = LoggerFactory.getLogger(SessionCloseJob.class);

    static final String NAME = "session-closing";

    private final ExamSessionService sessions;
    private final JobRuns runs;

    SessionCloseJob(ExamSessionService sessions, JobRuns runs) {
        this.sessions = sessions;
        this.runs = runs;
    }

    // held only while it runs (as the deadline job's): with a minimum hold, another node (or another test
    // context on the same database) could take every turn and this one never close what it finds due;
    // closing is idempotent, so a second node that runs just after finds nothing left to close
    @Scheduled(fixedDelayString = "${osce.encounter.deadline-check-interval:5s}")
    @SchedulerLock(name = NAME, lockAtMostFor = "PT30S", lockAtLeastFor = "PT0S")
    public void closeEndedSessions() {
        runs.ran(NAME);
        int closed = SystemIdentity.call(sessions::closeEnded);
        if (closed > 0) {
            log.info("Closed {} exam sessions at the end of their window", closed);
        }
    }
}
