package org.oscetrainer.encounter.internal;

import java.time.Clock;
import java.util.List;
import org.oscetrainer.encounter.EncounterEnded;
import org.oscetrainer.encounter.TranscriptTurn;
import org.oscetrainer.patient.GuardrailVerdict;
import org.oscetrainer.patient.PatientReply;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes encounters and turns, each in its own committed transaction, so a turn is in the database
 * before it is shown. Called by the encounter service after its security checks.
 */
@Component
public class EncounterStore {

    private final EncounterRepository encounters;
    private final TurnRepository turns;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EncounterStore(EncounterRepository encounters, TurnRepository turns, ApplicationEventPublisher events, Clock clock) {
        this.encounters = encounters;
        this.turns = turns;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Encounter open(Encounter encounter, String openingLine, String engine) {
        Encounter saved = encounters.save(encounter);
        Turn first = new Turn(saved.getId(), 1, TranscriptTurn.Speaker.PATIENT.name(), openingLine, clock.instant());
        first.producedBy("script", null, null, null, null, null);
        turns.save(first);
        return saved;
    }

    /**
     * Appends the student's question as turn {@code seq} (the next one: the caller holds the
     * encounter's one-question-at-a-time guard; a unique key on the sequence stops any race).
     */
    @Transactional
    public Turn appendStudentTurn(long encounterId, int seq, String text) {
        return turns.save(new Turn(encounterId, seq, TranscriptTurn.Speaker.STUDENT.name(), text, clock.instant()));
    }

    /** Appends the patient's reply as turn {@code seq}, the one after the question it answers. */
    @Transactional
    public Turn appendPatientTurn(long encounterId, int seq, PatientReply reply) {
        Turn turn = new Turn(encounterId, seq, TranscriptTurn.Speaker.PATIENT.name(), reply.text(), clock.instant());
        turn.producedBy(reply.engine(), reply.model(), reply.promptHash(), reply.firstTokenMillis(),
                reply.inputTokens(), reply.outputTokens());
        if (reply.guardrail() != null && reply.guardrail().outcome() != GuardrailVerdict.Outcome.UNCHECKED) {
            turn.checkedBy(reply.guardrail().outcome().name(), reply.guardrail().detail());
        }
        return turns.save(turn);
    }

    /** Ends the encounter once; publishes {@link EncounterEnded} in the same transaction. */
    @Transactional
    public boolean end(long encounterId, String reason) {
        Encounter encounter = encounters.findById(encounterId).orElseThrow();
        if (encounter.isEnded()) {
            return false;
        }
        encounter.end(clock.instant(), reason);
        events.publishEvent(new EncounterEnded(encounterId, encounter.getStationVersionId(),
                encounter.getStudentUsername()));
        return true;
    }

    @Transactional(readOnly = true)
    public List<Long> overdue() {
        return encounters.findByEndedAtIsNullAndDeadlineAtBefore(clock.instant()).stream().map(Encounter::getId).toList();
    }
}
