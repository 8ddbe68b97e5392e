package org.oscetrainer.incident;

import java.time.Clock;
import java.util.List;
import org.oscetrainer.encounter.ConversationService;
import org.oscetrainer.encounter.EncounterService;
import org.oscetrainer.encounter.EncounterSummary;
import org.oscetrainer.encounter.TranscriptTurn;
import org.oscetrainer.security.CurrentUser;
import org.oscetrainer.security.SystemIdentity;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes reports of a problem with the AI in an encounter: a patient's reply or the score. The student
 * who played the encounter and staff may report (the encounter services check who may see it).
 */
@Service
@PreAuthorize("isAuthenticated()")
public class IncidentReportService {

    /** Longest description of an incident report. */
    public static final int MAX_INCIDENT_TEXT = 2000;

    private final EncounterService encounters;
    private final ConversationService conversations;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    IncidentReportService(EncounterService encounters, ConversationService conversations, ApplicationEventPublisher events,
            Clock clock) {
        this.encounters = encounters;
        this.conversations = conversations;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Reports a problem with a patient turn ({@code turnSeq}) or, with {@code null}, with the score.
     *
     * @throws InvalidIncidentReportException without a kind, with a description too long, or an unknown turn
     */
    @Transactional
    public void report(long encounterId, Integer turnSeq, IncidentKind kind, String description) {
        EncounterSummary encounter = encounters.encounter(encounterId);
        if (kind == null) {
            throw new InvalidIncidentReportException("error.incident.kind", "Choose what went wrong");
        }
        String text = description == null ? "" : description.strip();
        if (text.length() > MAX_INCIDENT_TEXT) {
            throw new InvalidIncidentReportException("error.incident.too-long",
                    "A report can have at most " + MAX_INCIDENT_TEXT + " characters", MAX_INCIDENT_TEXT);
        }
        TranscriptTurn turn = null;
        String question = null;
        if (turnSeq != null) {
            List<TranscriptTurn> all = conversations.transcript(encounterId);
            turn = all.stream().filter(t -> t.seq() == turnSeq)
                    .findFirst().orElseThrow(() -> new InvalidIncidentReportException("error.turn.unknown",
                            "No turn #" + turnSeq + " in this encounter", turnSeq));
            // the question the reported reply answered: the student's turn just before it
            question = all.stream().filter(t -> t.seq() == turnSeq - 1 && t.speaker() == TranscriptTurn.Speaker.STUDENT)
                    .map(TranscriptTurn::text).findFirst().orElse(null);
        }
        // the reporter's first role, in the order of Role (a student who also examines reports as a student)
        String role = CurrentUser.roles().stream().findFirst().map(Enum::name).orElse(SystemIdentity.ROLE);
        events.publishEvent(new AiIncidentReported(encounterId, encounter.studentUsername(), encounter.stationId(),
                turnSeq, turn == null ? null : turn.engine(), turn == null ? null : turn.text(), kind, text,
                CurrentUser.username(), role, clock.instant(), question));
    }
}
