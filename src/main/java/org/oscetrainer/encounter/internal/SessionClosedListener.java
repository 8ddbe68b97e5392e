package org.oscetrainer.encounter.internal;

import org.oscetrainer.examsession.ExamSessionClosed;
import org.oscetrainer.encounter.EncounterService;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** When a session closes, its encounters still open end (as at their deadline). */
@Component
class SessionClosedListener {

    private final EncounterStore store;
    private final EncounterRepository encounters;

    SessionClosedListener(EncounterStore store, EncounterRepository encounters) {
        this.store = store;
        this.encounters = encounters;
    }

    @ApplicationModuleListener
    void on(ExamSessionClosed closed) {
        encounters.findByExamSessionIdOrderByStartedAt(closed.sessionId()).stream()
                .filter(e -> e.getEndedAt() == null)
                .forEach(e -> {
                    try {
                        store.end(e.getId(), EncounterService.END_AT_DEADLINE);
                    } catch (OptimisticLockingFailureException endedMeanwhile) {
                        // ended at the same moment by its student or by the deadline job
                    }
                });
    }
}
