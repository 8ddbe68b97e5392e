package org.oscetrainer.scoring.internal;

import org.oscetrainer.encounter.EncounterEnded;
import org.oscetrainer.scoring.ScoringService;
import org.oscetrainer.security.SystemIdentity;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Scores each encounter once it has ended; the event registry retries after a crash. */
@Component
class ScoreOnEncounterEnded {

    private final ScoringService scoring;

    ScoreOnEncounterEnded(ScoringService scoring) {
        this.scoring = scoring;
    }

    @ApplicationModuleListener
    void on(EncounterEnded event) {
        SystemIdentity.run(() -> scoring.proposeScores(event.encounterId()));
    }
}
