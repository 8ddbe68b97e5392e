package org.oscetrainer.scoring.internal;

import org.oscetrainer.encounter.NoteSubmitted;
import org.oscetrainer.scoring.ScoringService;
import org.oscetrainer.security.SystemIdentity;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Scores the post-encounter note once the student has submitted it. */
@Component
class ScoreNoteOnSubmitted {

    private final ScoringService scoring;

    ScoreNoteOnSubmitted(ScoringService scoring) {
        this.scoring = scoring;
    }

    @ApplicationModuleListener
    void on(NoteSubmitted event) {
        SystemIdentity.run(() -> scoring.proposeNoteScores(event.encounterId()));
    }
}
