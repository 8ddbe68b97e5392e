package org.oscetrainer.review;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.oscetrainer.audit.AuditAction;
import org.oscetrainer.audit.AuditEvent;
import org.oscetrainer.examsession.ExamSessionService;
import org.oscetrainer.encounter.EncounterService;
import org.oscetrainer.encounter.EncounterSummary;
import org.oscetrainer.review.internal.EvidenceShownRepository;
import org.oscetrainer.review.internal.ReviewDecision;
import org.oscetrainer.review.internal.ReviewDecisionRepository;
import org.oscetrainer.review.internal.ReviewSignOffRepository;
import org.oscetrainer.review.internal.SecondMarker;
import org.oscetrainer.review.internal.SecondMarkerRepository;
import org.oscetrainer.security.AccountService;
import org.oscetrainer.security.Capability;
import org.oscetrainer.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Faculty change their mind about a second marking they assigned: they hand it to another examiner (the
 * assigned one is ill, or was a mistake) or remove it, with a reason; both are audited. Once the second
 * marker has signed off, the second marking is a measure of agreement that has been made: it is refused.
 * A second marking begun and not signed is set aside (its decisions, listed in the audit entry, are removed)
 * so that the new second marker marks afresh and blind, as every second marker does.
 */
@Service
@PreAuthorize("hasRole('RUN_EXAM_SESSIONS')")
public class SecondMarkingChanges {

    private static final int AUDIT_TEXT_MAX = 2000;

    private final SecondMarkerRepository assignments;
    private final ReviewDecisionRepository decisions;
    private final ReviewSignOffRepository signOffs;
    private final EvidenceShownRepository shown;
    private final EncounterMarkers markers;
    private final ExamSessionService sessions;
    private final EncounterService encounters;
    private final AccountService accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SecondMarkingChanges(SecondMarkerRepository assignments, ReviewDecisionRepository decisions,
            ReviewSignOffRepository signOffs, EvidenceShownRepository shown, EncounterMarkers markers,
            ExamSessionService sessions, EncounterService encounters, AccountService accounts,
            ApplicationEventPublisher events, Clock clock) {
        this.assignments = assignments;
        this.decisions = decisions;
        this.signOffs = signOffs;
        this.shown = shown;
        this.markers = markers;
        this.sessions = sessions;
        this.encounters = encounters;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    /** The session's assigned second markings, station by station in the circuit's order, then as played. */
    @Transactional(readOnly = true)
    public List<SecondMarkingAssignment> assignments(long sessionId) {
        List<SecondMarker> assigned = assignments.findByExamSessionId(sessionId);
        if (assigned.isEmpty()) {
            return List.of();
        }
        Map<String, Integer> position = new HashMap<>();
        sessions.session(sessionId).stations().forEach(s -> position.put(s.stationId(), s.position()));
        Map<Long, EncounterSummary> played = encounters.sessionEncounters(sessionId).stream()
                .collect(Collectors.toMap(EncounterSummary::id, Function.identity()));
        List<Long> ids = assigned.stream().map(SecondMarker::getEncounterId).toList();
        Map<Long, Long> decided = decisions.findByEncounterIdInOrderById(ids).stream().filter(d -> d.getMarker() == 2)
                .collect(Collectors.groupingBy(ReviewDecision::getEncounterId, Collectors.counting()));
        var signed = signOffs.findByEncounterIdIn(ids).stream().filter(s -> s.getMarker() == 2)
                .map(s -> s.getEncounterId()).collect(Collectors.toSet());
        Map<String, String> names = accounts.displayNames(Stream.concat(assigned.stream().map(SecondMarker::getExaminer),
                played.values().stream().map(EncounterSummary::studentUsername)).distinct().toList());
        List<SecondMarkingAssignment> result = new ArrayList<>();
        for (SecondMarker a : assigned) {
            EncounterSummary e = played.get(a.getEncounterId());
            if (e == null) {
                continue;
            }
            result.add(new SecondMarkingAssignment(e.id(), e.stationId(), e.stationTitle(),
                    names.getOrDefault(e.studentUsername(), e.studentUsername()), a.getExaminer(),
                    names.getOrDefault(a.getExaminer(), a.getExaminer()), a.getChosenBy(),
                    decided.getOrDefault(e.id(), 0L).intValue(), signed.contains(e.id())));
        }
        result.sort(Comparator.comparingInt((SecondMarkingAssignment s) -> position.getOrDefault(s.stationId(), Integer.MAX_VALUE))
                .thenComparing(s -> played.get(s.encounterId()).startedAt()).thenComparingLong(SecondMarkingAssignment::encounterId));
        return result;
    }

    /**
     * Hands the encounter's second marking to another examiner, who may mark (and is not its first marker).
     * A marking the former second marker began is set aside.
     *
     * @throws SecondMarkingException when there is no assignment, no reason, the examiner cannot take it,
     *         or the second marker has signed off
     */
    @Transactional
    public void reassign(long encounterId, String examiner, String reason) {
        String why = reason(reason);
        SecondMarker assignment = unsigned(encounterId);
        if (examiner == null || !accounts.holding(Capability.MARK).containsKey(examiner)) {
            throw new SecondMarkingException("second-marking.error.not-examiner", examiner + " may not mark", examiner);
        }
        if (examiner.equals(assignment.getExaminer())) {
            throw new SecondMarkingException("second-marking.error.same", examiner + " is already the second marker",
                    name(examiner));
        }
        Markers m = markers.of(assignment.getExamSessionId(), List.of(encounterId)).get(encounterId);
        if (examiner.equals(m.first())) {
            throw new SecondMarkingException("second-marking.error.first-marker", examiner + " is the first marker",
                    name(examiner));
        }
        String before = "second marker " + assignment.getExaminer() + setAside(encounterId);
        assignment.reassign(examiner, CurrentUser.username(), clock.instant());
        assignments.save(assignment);
        events.publishEvent(AuditEvent.of(AuditAction.SECOND_MARKER_CHANGED, "encounter", encounterId, clip(before),
                clip("second marker " + examiner + " (session " + assignment.getExamSessionId() + "): " + why)));
    }

    /**
     * Removes the encounter's assigned second marking; a marking the second marker began is set aside.
     * Afterwards the encounter is like one nobody was assigned: an examiner may still second-mark it of
     * their own accord.
     *
     * @throws SecondMarkingException when there is no assignment, no reason, or the second marker has signed off
     */
    @Transactional
    public void remove(long encounterId, String reason) {
        String why = reason(reason);
        SecondMarker assignment = unsigned(encounterId);
        String before = "second marker " + assignment.getExaminer() + setAside(encounterId);
        assignments.delete(assignment);
        events.publishEvent(AuditEvent.of(AuditAction.SECOND_MARKER_REMOVED, "encounter", encounterId, clip(before),
                clip("no second marker (session " + assignment.getExamSessionId() + "): " + why)));
    }

    /** The assignment, locked, refused once its second marker has signed off. */
    private SecondMarker unsigned(long encounterId) {
        SecondMarker assignment = assignments.findForUpdate(encounterId).orElseThrow(() -> new SecondMarkingException(
                "second-marking.error.not-assigned", "Encounter " + encounterId + " has no assigned second marker"));
        if (signOffs.findByEncounterIdOrderByMarker(encounterId).stream().anyMatch(s -> s.getMarker() == 2)) {
            throw new SecondMarkingException("second-marking.error.signed", "The second marker of encounter " + encounterId
                    + " has signed off", name(assignment.getExaminer()));
        }
        return assignment;
    }

    /** Removes the second marker's unsigned decisions and evidence seen; says what they were, for the audit. */
    private String setAside(long encounterId) {
        List<ReviewDecision> begun = decisions.findByEncounterIdOrderById(encounterId).stream()
                .filter(d -> d.getMarker() == 2).toList();
        shown.deleteAll(shown.findByEncounterIdAndMarker(encounterId, 2));
        if (begun.isEmpty()) {
            return "";
        }
        decisions.deleteAll(begun);
        return "; marking begun and set aside, " + begun.size() + " item(s) decided: " + begun.stream()
                .map(d -> d.getItemId() + " " + d.getPoints() + "/" + d.getMaxPoints()
                        + (d.getBlindPoints() == null ? "" : " (blind " + d.getBlindPoints() + ")"))
                .collect(Collectors.joining(", "));
    }

    private static String reason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new SecondMarkingException("second-marking.error.reason", "A reason is required");
        }
        return reason.strip();
    }

    private String name(String username) {
        return accounts.displayNames(List.of(username)).getOrDefault(username, username);
    }

    private static String clip(String text) {
        return text.length() <= AUDIT_TEXT_MAX ? text : text.substring(0, AUDIT_TEXT_MAX - 1) + "…";
    }
}
