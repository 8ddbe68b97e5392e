package org.oscetrainer.scoring.internal;

import org.oscetrainer.encounter.EncounterEnded;
import org.oscetrainer.scoring.ScoringService;
import org.oscetrainer.security.SystemIdentity;
import org.springframework.scheduling.annotation.Async;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.stereotype.Component;

/**
 * Scores each encounter once it has ended, after the ending commits, on another thread; the event
 * registry retries after a crash. Unlike {@code @ApplicationModuleListener} it opens no transaction
 * around the grading (an LLM call): {@link ScoringService#proposeScores} writes in its own.
 */
@Component
class ScoreOnEncounterEnded {

    private final ScoringService scoring;

    ScoreOnEncounterEnded(ScoringService scoring) {
        this.scoring = scoring;
    }

    @Async
    @TransactionalEventListener
    void on(EncounterEnded event) {
        SystemIdentity.run(() -> scoring.proposeScores(event.encounterId()));
    }
}
