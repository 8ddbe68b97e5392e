package org.oscetrainer.review;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.oscetrainer.audit.AuditAction;
import org.oscetrainer.audit.AuditEvent;
import org.oscetrainer.catalog.CatalogService;
import org.oscetrainer.catalog.Rubric;
import org.oscetrainer.examsession.CircuitStation;
import org.oscetrainer.examsession.ExamSession;
import org.oscetrainer.examsession.ExamSessionService;
import org.oscetrainer.encounter.EncounterService;
import org.oscetrainer.encounter.EncounterSummary;
import org.oscetrainer.review.internal.ReviewDecisionRepository;
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
 * Faculty assign second marking for an exam session: a share of a station's encounters, its borderline
 * or critical ones, or all of them, to an examiner who is not their first marker. The second marker then
 * finds them among what they have to mark ({@link SessionMarkingService}) and marks them blind as marker
 * 2 (the rules of {@link ReviewService} apply); the first marker's sign-off stays the final score. Every
 * assignment is audited.
 */
@Service
@PreAuthorize("hasRole('RUN_EXAM_SESSIONS')")
public class SecondMarkingAssignments {

    private final SecondMarkerRepository assignments;
    private final ReviewDecisionRepository decisions;
    private final EncounterMarkers markers;
    private final ExamSessionService sessions;
    private final EncounterService encounters;
    private final CatalogService catalog;
    private final AccountService accounts;
    private final ReviewProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SecondMarkingAssignments(SecondMarkerRepository assignments, ReviewDecisionRepository decisions,
            EncounterMarkers markers, ExamSessionService sessions, EncounterService encounters, CatalogService catalog,
            AccountService accounts, ReviewProperties properties, ApplicationEventPublisher events, Clock clock) {
        this.assignments = assignments;
        this.decisions = decisions;
        this.markers = markers;
        this.sessions = sessions;
        this.encounters = encounters;
        this.catalog = catalog;
        this.accounts = accounts;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    /** The share of a station's encounters proposed by default ({@code osce.review.second-marking-share}). */
    public double defaultShare() {
        return properties.secondMarkingShare();
    }

    /** The examiners who may be chosen as second markers (the accounts that may mark), user name to name. */
    @Transactional(readOnly = true)
    public Map<String, String> examiners() {
        return accounts.holding(Capability.MARK);
    }

    /**
     * Assigns the encounters the request chooses, station by station, to its examiner as second marker.
     * Left out: encounters the examiner marks first (an examiner never second-marks their own first
     * marking), and those whose second marking is already assigned or begun. Each assignment is audited.
     */
    @Transactional
    public SecondMarkingResult assign(SecondMarkingRequest request) {
        if (!examiners().containsKey(request.examiner())) {
            throw new SecondMarkingException("second-marking.error.not-examiner",
                    request.examiner() + " may not mark", request.examiner());
        }
        if (request.rule() == SecondMarkingRule.SHARE && (request.share() <= 0 || request.share() > 1)) {
            throw new SecondMarkingException("second-marking.error.share", "A share is above 0 and up to 1, not "
                    + request.share());
        }
        ExamSession session = sessions.session(request.sessionId());
        List<CircuitStation> stations = session.stations().stream()
                .filter(s -> request.stationId() == null || s.stationId().equals(request.stationId())).toList();
        if (stations.isEmpty()) {
            throw new SecondMarkingException("second-marking.error.station", "No station " + request.stationId()
                    + " in session " + session.id(), request.stationId());
        }
        List<EncounterSummary> ended = encounters.sessionEncounters(session.id()).stream()
                .filter(EncounterSummary::ended).toList();
        Map<Long, Markers> marked = markers.of(session.id(), ended.stream().map(EncounterSummary::id).toList());
        List<Long> assigned = new ArrayList<>();
        int own = 0;
        int taken = 0;
        for (CircuitStation station : stations) {
            List<EncounterSummary> candidates = new ArrayList<>();
            for (EncounterSummary e : ended.stream().filter(e -> e.stationId().equals(station.stationId())).toList()) {
                Markers m = marked.get(e.id());
                if (request.examiner().equals(m.first())) {
                    own++;
                } else if (m.secondTaken()) {
                    taken++;
                } else {
                    candidates.add(e);
                }
            }
            for (EncounterSummary e : chosen(request, station, candidates, marked)) {
                assignments.save(new SecondMarker(e.id(), session.id(), request.examiner(), request.rule(),
                        CurrentUser.username(), clock.instant()));
                events.publishEvent(AuditEvent.of(AuditAction.SECOND_MARKER_ASSIGNED, "encounter", e.id(), null,
                        "second marker " + request.examiner() + " (" + rule(request) + ", station " + station.stationId()
                                + ", session " + session.id() + ")"));
                assigned.add(e.id());
            }
        }
        return new SecondMarkingResult(assigned, own, taken);
    }

    /** The examiner assigned as second marker of each encounter of the session that has one. */
    @PreAuthorize("hasAnyRole('READ_REVIEWS', 'RUN_EXAM_SESSIONS')")
    @Transactional(readOnly = true)
    public Map<Long, String> secondMarkers(long sessionId) {
        return assignments.findByExamSessionId(sessionId).stream()
                .collect(Collectors.toMap(SecondMarker::getEncounterId, SecondMarker::getExaminer));
    }

    private List<EncounterSummary> chosen(SecondMarkingRequest request, CircuitStation station,
            List<EncounterSummary> candidates, Map<Long, Markers> marked) {
        return switch (request.rule()) {
            case ALL -> candidates;
            case SHARE -> {
                List<EncounterSummary> shuffled = new ArrayList<>(candidates);
                Collections.shuffle(shuffled, ThreadLocalRandom.current());
                int count = (int) Math.min(shuffled.size(), Math.max(1, Math.round(request.share() * shuffled.size())));
                yield shuffled.subList(0, count);
            }
            case BORDERLINE_OR_CRITICAL -> {
                Rubric rubric = catalog.rubric(station.stationVersionId());
                Set<String> critical = rubric.items().stream().filter(Rubric.Item::critical).map(Rubric.Item::id)
                        .collect(Collectors.toSet());
                Map<Long, Boolean> criticalMissed = new HashMap<>();
                decisions.findByEncounterIdInOrderById(candidates.stream().map(EncounterSummary::id).toList()).stream()
                        .filter(d -> d.getMarker() == 1 && critical.contains(d.getItemId()) && d.getPoints() == 0)
                        .forEach(d -> criticalMissed.put(d.getEncounterId(), true));
                yield candidates.stream().filter(e -> marked.get(e.id()).firstSigned()
                        && (marked.get(e.id()).firstRating() == rubric.ratingScale().borderline()
                                || criticalMissed.containsKey(e.id()))).toList();
            }
        };
    }

    private static String rule(SecondMarkingRequest request) {
        return switch (request.rule()) {
            case ALL -> "all encounters";
            case SHARE -> "share " + Math.round(request.share() * 100) + " %";
            case BORDERLINE_OR_CRITICAL -> "borderline or critical";
        };
    }
}
