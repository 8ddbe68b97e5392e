package org.oscetrainer.examsession;

import org.oscetrainer.cohort.CohortService;
import org.oscetrainer.cohort.CohortSummary;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.oscetrainer.accommodation.AccommodationService;
import org.oscetrainer.audit.AuditAction;
import org.oscetrainer.audit.AuditEvent;
import org.oscetrainer.catalog.CatalogService;
import org.oscetrainer.catalog.StationSummary;
import org.oscetrainer.examsession.internal.CircuitStationRow;
import org.oscetrainer.examsession.internal.ExamSessionRepository;
import org.oscetrainer.examsession.internal.ExamSessionRow;
import org.oscetrainer.security.Capability;
import org.oscetrainer.security.CurrentUser;
import org.oscetrainer.security.SystemIdentity;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exam sessions: faculty schedule a circuit of station versions for a cohort within a time window,
 * in practice or exam mode; students of the cohort start its stations while it is open; the server
 * closes it at the end of the window; faculty release exam results and may stop AI scoring.
 */
@Service
@PreAuthorize("hasAnyRole('RUN_EXAM_SESSIONS', 'SYSTEM')")
public class ExamSessionService {

    /** Longest station in a circuit, in minutes. */
    public static final int MAX_STATION_MINUTES = 120;

    private final ExamSessionRepository sessions;
    private final CohortService cohorts;
    private final CatalogService catalog;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final AccommodationService accommodations;

    ExamSessionService(ExamSessionRepository sessions, CohortService cohorts, CatalogService catalog,
            ApplicationEventPublisher events, Clock clock, AccommodationService accommodations) {
        this.accommodations = accommodations;
        this.sessions = sessions;
        this.cohorts = cohorts;
        this.catalog = catalog;
        this.events = events;
        this.clock = clock;
    }

    /** Schedules a session; every station version must be published, each at most once. */
    @PreAuthorize("hasRole('RUN_EXAM_SESSIONS')")
    @Transactional
    public ExamSession schedule(ExamSessionDraft draft) {
        String name = draft.name() == null ? "" : draft.name().strip();
        if (name.isEmpty()) {
            throw new ExamSessionException("session.error.name", "A session needs a name");
        }
        if (draft.opensAt() == null || draft.closesAt() == null || !draft.closesAt().isAfter(draft.opensAt())) {
            throw new ExamSessionException("session.error.window", "The session must close after it opens");
        }
        if (!draft.closesAt().isAfter(clock.instant())) {
            throw new ExamSessionException("session.error.past", "The session would already be over");
        }
        if (draft.stations() == null || draft.stations().isEmpty()) {
            throw new ExamSessionException("session.error.no-stations", "A circuit needs at least one station");
        }
        CohortSummary cohort = cohorts.cohort(draft.cohortId());
        List<CircuitStationRow> circuit = new ArrayList<>();
        var seen = new HashSet<String>();
        for (ExamSessionDraft.Station s : draft.stations()) {
            catalog.requirePlayable(s.stationVersionId());
            StationSummary station = catalog.station(s.stationVersionId());
            if (!seen.add(station.stationId())) {
                throw new ExamSessionException("session.error.twice", "Station " + station.stationId() + " is twice in the circuit");
            }
            if (s.durationMinutes() < 1 || s.durationMinutes() > MAX_STATION_MINUTES) {
                throw new ExamSessionException("session.error.duration",
                        "A station lasts 1 to " + MAX_STATION_MINUTES + " minutes, not " + s.durationMinutes());
            }
            circuit.add(new CircuitStationRow(circuit.size() + 1, station.stationId(), station.versionId(),
                    station.title(), s.durationMinutes()));
        }
        ExamMode mode = draft.mode() == null ? ExamMode.EXAM : draft.mode();
        // the database keeps microseconds: the session returned must be the one read back later
        ExamSessionRow row = sessions.save(new ExamSessionRow(name, cohort.id(), mode,
                draft.opensAt().truncatedTo(ChronoUnit.MICROS), draft.closesAt().truncatedTo(ChronoUnit.MICROS),
                circuit, CurrentUser.username(), clock.instant()));
        events.publishEvent(AuditEvent.of(AuditAction.SESSION_SCHEDULED, "exam-session", row.getId(), null,
                name + " (" + mode + ") for cohort " + cohort.name() + ", " + draft.opensAt() + " to " + draft.closesAt()
                        + ", stations " + circuit.stream().map(c -> c.toStation().stationId() + " v" + c.toStation().stationVersionId()
                                + " " + c.toStation().durationMinutes() + " min").collect(Collectors.joining(", "))));
        return toSession(row, cohort.name());
    }

    /** Every session, newest first. */
    @PreAuthorize("hasAnyRole('READ_REVIEWS', 'SYSTEM')")
    @Transactional(readOnly = true)
    public List<ExamSession> sessions() {
        Map<Long, String> names = SystemIdentity.call(this::cohortNames);
        return sessions.findAllByOrderByOpensAtDesc().stream()
                .map(s -> toSession(s, names.getOrDefault(s.getCohortId(), "#" + s.getCohortId()))).toList();
    }

    /** One session, to staff, or to a student of its cohort. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public ExamSession session(long sessionId) {
        ExamSessionRow row = sessions.findById(sessionId)
                .orElseThrow(() -> new UnknownExamSessionException(sessionId));
        if (CurrentUser.can(Capability.PLAY_STATIONS) && !cohorts.isMember(row.getCohortId(), CurrentUser.username())) {
            throw new org.springframework.security.access.AccessDeniedException("Not a session of your cohort");
        }
        return toSession(row, CurrentUser.can(Capability.PLAY_STATIONS) ? null : cohortName(row.getCohortId()));
    }

    /** The signed-in student's sessions (those of their cohorts), newest first. */
    @PreAuthorize("hasRole('PLAY_STATIONS')")
    @Transactional(readOnly = true)
    public List<ExamSession> mySessions() {
        List<Long> mine = cohorts.myCohorts();
        if (mine.isEmpty()) {
            return List.of();
        }
        return sessions.findByCohortIdInOrderByOpensAtDesc(mine).stream().map(s -> toSession(s, null)).toList();
    }

    /**
     * The stations the signed-in student may not practise freely now: those of an exam of their
     * cohort that is open (they sit them in the exam).
     */
    @PreAuthorize("hasRole('PLAY_STATIONS')")
    @Transactional(readOnly = true)
    public java.util.Set<String> stationsUnderExam() {
        return mySessions().stream().filter(s -> s.mode() == ExamMode.EXAM && s.status() == ExamSessionStatus.OPEN)
                .flatMap(s -> s.stations().stream()).map(CircuitStation::stationId)
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    /**
     * Leave for the signed-in student to start a station of a session now, or the reason why not.
     * (One attempt per station in exam mode is checked by the encounter module, which holds attempts.)
     */
    @PreAuthorize("hasRole('PLAY_STATIONS')")
    @Transactional(readOnly = true)
    public Admission admit(long sessionId, long stationVersionId) {
        ExamSessionRow row = sessions.findById(sessionId)
                .orElseThrow(() -> new AdmissionRefusedException(AdmissionRefusedException.Reason.NOT_IN_COHORT));
        if (!cohorts.isMember(row.getCohortId(), CurrentUser.username())) {
            throw new AdmissionRefusedException(AdmissionRefusedException.Reason.NOT_IN_COHORT);
        }
        Instant now = clock.instant();
        if (now.isBefore(row.getOpensAt())) {
            throw new AdmissionRefusedException(AdmissionRefusedException.Reason.NOT_OPEN_YET);
        }
        if (!now.isBefore(row.getClosesAt()) || row.getClosedAt() != null) {
            throw new AdmissionRefusedException(AdmissionRefusedException.Reason.CLOSED);
        }
        CircuitStation station = row.getStations().stream().map(CircuitStationRow::toStation)
                .filter(c -> c.stationVersionId() == stationVersionId).findFirst()
                .orElseThrow(() -> new AdmissionRefusedException(AdmissionRefusedException.Reason.NOT_IN_CIRCUIT));
        return new Admission(sessionId, row.getCohortId(), row.getMode(), station.stationId(), station.durationMinutes(), row.getClosesAt());
    }

    /** Releases an exam's results to its students; only once the session has closed. Audited. */
    @PreAuthorize("hasRole('RUN_EXAM_SESSIONS')")
    @Transactional
    public ExamSession release(long sessionId) {
        ExamSessionRow row = locked(sessionId);
        if (row.getReleasedAt() != null) {
            return toSession(row, cohortName(row.getCohortId()));
        }
        if (clock.instant().isBefore(row.getClosesAt())) {
            throw new ExamSessionException("session.error.release-open",
                    "Results can be released once the session has closed, not while students may still sit it");
        }
        if (clock.instant().isBefore(lastSitting(row))) {
            throw new ExamSessionException("session.error.release-extra-time",
                    "Students with extra time may still be sitting a station after the close");
        }
        row.release(CurrentUser.username(), clock.instant());
        events.publishEvent(AuditEvent.of(AuditAction.RESULTS_RELEASED, "exam-session", sessionId, "hidden",
                "released to the students of " + row.getName()));
        return toSession(sessions.save(row), cohortName(row.getCohortId()));
    }

    /** Stops (or resumes) AI scoring for the session's encounters ended from now on. Audited. */
    @PreAuthorize("hasRole('RUN_EXAM_SESSIONS')")
    @Transactional
    public ExamSession stopAiScoring(long sessionId, boolean stopped) {
        ExamSessionRow row = locked(sessionId);
        if (row.isAiScoringStopped() != stopped) {
            events.publishEvent(AuditEvent.of(AuditAction.AI_SCORING_SWITCHED, "exam-session", sessionId,
                    row.isAiScoringStopped() ? "AI scoring stopped" : "AI scoring on",
                    stopped ? "AI scoring stopped: examiners score every item" : "AI scoring on"));
            row.stopAiScoring(stopped);
            sessions.save(row);
        }
        return toSession(row, cohortName(row.getCohortId()));
    }

    /**
     * Closes an open session now, before the end of its window (every student is done, or it must
     * stop): students can no longer start its stations and their open encounters end. Audited.
     */
    @PreAuthorize("hasRole('RUN_EXAM_SESSIONS')")
    @Transactional
    public ExamSession closeNow(long sessionId) {
        ExamSessionRow row = locked(sessionId);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        if (row.getClosedAt() == null && now.isBefore(row.getClosesAt())) {
            if (now.isBefore(row.getOpensAt())) {
                throw new ExamSessionException("session.error.close-scheduled", "The session has not opened yet");
            }
            Instant planned = row.getClosesAt();
            row.closeEarly(now);
            events.publishEvent(new ExamSessionClosed(row.getId(), true));
            events.publishEvent(AuditEvent.of(AuditAction.SESSION_CLOSED, "exam-session", sessionId,
                    "open until " + planned, "closed early by faculty at " + now));
            sessions.save(row);
        }
        return toSession(row, cohortName(row.getCohortId()));
    }

    /** Whether AI scoring is stopped for this session (scoring asks before grading). */
    @PreAuthorize("hasRole('SYSTEM')")
    @Transactional(readOnly = true)
    public boolean aiScoringStopped(long sessionId) {
        return sessions.findById(sessionId).map(ExamSessionRow::isAiScoringStopped).orElse(false);
    }

    /** Whether the session's scores may be shown to its students: always in practice, after release in exam mode. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean resultsVisible(long sessionId) {
        return sessions.findById(sessionId).map(s -> s.getMode() == ExamMode.PRACTICE || s.getReleasedAt() != null)
                .orElse(true);
    }

    /**
     * Refuses a student the scores of an encounter played in an exam whose results are not released;
     * staff and encounters outside sessions pass. Scoring and review call it before showing a score.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public void requireResultsVisible(Long sessionId) {
        if (sessionId != null && CurrentUser.can(Capability.PLAY_STATIONS) && !resultsVisible(sessionId)) {
            throw new ResultsNotReleasedException();
        }
    }

    /** Marks the sessions past their window as closed; returns how many. Run by the closing job. */
    @PreAuthorize("hasRole('SYSTEM')")
    @Transactional
    public int closeEnded() {
        Instant now = clock.instant();
        List<ExamSessionRow> ended = sessions.findByClosedAtIsNullAndClosesAtLessThanEqual(now);
        for (ExamSessionRow row : ended) {
            row.close(now);
            events.publishEvent(new ExamSessionClosed(row.getId(), false));
            events.publishEvent(AuditEvent.of(AuditAction.SESSION_CLOSED, "exam-session", row.getId(), "open",
                    "closed at the end of its window (" + row.getClosesAt() + ")"));
        }
        sessions.saveAll(ended);
        return ended.size();
    }

    /**
     * Until when a student may still be sitting one of the session's stations: the window's end plus the
     * most extra time a student of the cohort gets on its longest station. A session faculty closed
     * early ended every attempt at once.
     */
    private Instant lastSitting(ExamSessionRow row) {
        boolean closedEarly = row.getClosedAt() != null && row.getClosedAt().equals(row.getClosesAt());
        int longest = row.getStations().stream().mapToInt(c -> c.toStation().durationMinutes()).max().orElse(0);
        return closedEarly ? row.getClosesAt() : row.getClosesAt().plus(SystemIdentity.call(
                () -> accommodations.longestExtraTime(row.getCohortId(), java.time.Duration.ofMinutes(longest))));
    }

    /** The session's row, locked until the transaction ends: a change that must not race the closing job. */
    private ExamSessionRow locked(long sessionId) {
        return sessions.lockById(sessionId).orElseThrow(() -> new UnknownExamSessionException(sessionId));
    }

    private ExamSessionRow row(long sessionId) {
        return sessions.findById(sessionId)
                .orElseThrow(() -> new UnknownExamSessionException(sessionId));
    }

    private String cohortName(long cohortId) {
        return SystemIdentity.call(() -> cohorts.cohort(cohortId).name());
    }

    private Map<Long, String> cohortNames() {
        return cohorts.cohorts().stream().collect(Collectors.toMap(CohortSummary::id, CohortSummary::name, (a, b) -> a));
    }

    private ExamSession toSession(ExamSessionRow row, String cohortName) {
        Instant now = clock.instant();
        ExamSessionStatus status = row.getClosedAt() != null || !now.isBefore(row.getClosesAt()) ? ExamSessionStatus.CLOSED
                : now.isBefore(row.getOpensAt()) ? ExamSessionStatus.SCHEDULED : ExamSessionStatus.OPEN;
        return new ExamSession(row.getId(), row.getName(), row.getCohortId(), cohortName, row.getMode(), row.getOpensAt(),
                row.getClosesAt(), status, row.getReleasedAt(), row.isAiScoringStopped(),
                row.getStations().stream().map(CircuitStationRow::toStation).toList());
    }

}
