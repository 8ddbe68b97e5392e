package org.oscetrainer.encounter;

import java.time.Clock;
import org.oscetrainer.encounter.internal.Encounter;
import org.oscetrainer.encounter.internal.EncounterRepository;
import org.oscetrainer.encounter.internal.Turn;
import org.oscetrainer.security.CurrentUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * What the encounter services share: finding an encounter the caller may see (its student or staff),
 * telling whether it is past its deadline, and the records they hand out.
 */
@Component
class EncounterAccess {

    private final EncounterRepository encounters;
    private final Clock clock;

    EncounterAccess(EncounterRepository encounters, Clock clock) {
        this.encounters = encounters;
        this.clock = clock;
    }

    /**
     * The encounter, if it is the caller's or the caller is staff; a missing one and another student's
     * are told apart by nobody (the same exception).
     */
    Encounter owned(long encounterId) {
        Encounter encounter = encounters.findById(encounterId)
                .orElseThrow(() -> new EncounterUnavailableException(encounterId));
        try {
            CurrentUser.requireOwnerOrStaff(encounter.getStudentUsername());
        } catch (AccessDeniedException notTheirs) {
            // told exactly as a missing one: nobody learns which encounter ids exist
            throw new EncounterUnavailableException(encounterId);
        }
        return encounter;
    }

    boolean overdue(Encounter encounter) {
        return !clock.instant().isBefore(encounter.getDeadlineAt());
    }

    static EncounterSummary summary(Encounter e) {
        return new EncounterSummary(e.getId(), e.getStudentUsername(), e.getStationId(), e.getStationVersionId(),
                e.getStationTitle(), e.getStartedAt(), e.getDeadlineAt(), e.getEndedAt(), e.getEndReason(), e.getEngine(),
                e.getExamSessionId(), e.getExtraTime());
    }

    static TranscriptTurn turn(Turn t) {
        return new TranscriptTurn(t.getId(), t.getSeq(), TranscriptTurn.Speaker.valueOf(t.getSpeaker()), t.getText(),
                t.getEngine(), t.getCreatedAt(), t.getGuardrailVerdict(), t.getGuardrailDetail());
    }
}
