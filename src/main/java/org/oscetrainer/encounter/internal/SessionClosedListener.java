package org.oscetrainer.encounter.internal;

import java.time.Clock;
import org.oscetrainer.examsession.ExamSessionClosed;
import org.oscetrainer.encounter.EncounterService;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When a session closes, its encounters still open end (as at their deadline); at the end of its window,
 * those given extra time whose deadline is still ahead run on, and the deadline job ends them.
 */
@Component
class SessionClosedListener {

    private final EncounterStore store;
    private final EncounterRepository encounters;
    private final Clock clock;

    SessionClosedListener(EncounterStore store, EncounterRepository encounters, Clock clock) {
        this.store = store;
        this.encounters = encounters;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(ExamSessionClosed closed) {
        encounters.findByExamSessionIdOrderByStartedAt(closed.sessionId()).stream()
                .filter(e -> e.getEndedAt() == null)
                .filter(e -> closed.early() || !e.getDeadlineAt().isAfter(clock.instant()))
                .forEach(e -> {
                    try {
                        store.end(e.getId(), EncounterService.END_AT_DEADLINE);
                    } catch (OptimisticLockingFailureException endedMeanwhile) {
                        // ended at the same moment by its student or by the deadline job
                    }
                });
    }
}
