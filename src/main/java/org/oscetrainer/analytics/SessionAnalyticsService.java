package org.oscetrainer.analytics;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.oscetrainer.catalog.CatalogService;
import org.oscetrainer.catalog.Rubric;
import org.oscetrainer.examsession.CircuitStation;
import org.oscetrainer.cohort.CohortService;
import org.oscetrainer.examsession.ExamMode;
import org.oscetrainer.examsession.ExamSession;
import org.oscetrainer.examsession.ExamSessionService;
import org.oscetrainer.cohort.RosterStudent;
import org.oscetrainer.encounter.EncounterService;
import org.oscetrainer.encounter.EncounterSummary;
import org.oscetrainer.review.ReviewService;
import org.oscetrainer.review.SignedResult;
import org.oscetrainer.scoring.ItemScore;
import org.oscetrainer.scoring.ManualScoring;
import org.oscetrainer.scoring.NoteScorer;
import org.oscetrainer.scoring.ScoreReport;
import org.oscetrainer.scoring.ScoringService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * A session's results, read from the modules that hold them (roster, encounters, AI proposals,
 * examiners' sign-offs), and the statistics computed from them. A student's result at a station is
 * their exam attempt (in practice mode, their latest scored attempt in the session); it is the
 * examiner's signed-off score where there is one, else the AI's proposal marked not reviewed.
 */
@Service
@PreAuthorize("hasAnyRole('READ_ANALYTICS', 'SYSTEM')")
public class SessionAnalyticsService {

    private final ExamSessionService sessions;
    private final CohortService cohorts;
    private final EncounterService encounters;
    private final ScoringService scoring;
    private final ReviewService review;
    private final CatalogService catalog;
    private final AnalyticsProperties properties;
    private final Clock clock;

    SessionAnalyticsService(ExamSessionService sessions, CohortService cohorts, EncounterService encounters,
            ScoringService scoring, ReviewService review, CatalogService catalog, AnalyticsProperties properties,
            Clock clock) {
        this.sessions = sessions;
        this.cohorts = cohorts;
        this.encounters = encounters;
        this.scoring = scoring;
        this.review = review;
        this.catalog = catalog;
        this.properties = properties;
        this.clock = clock;
    }

    /** The session's results, one entry per roster student. */
    public SessionResults results(long sessionId) {
        ExamSession session = sessions.session(sessionId);
        List<SessionResults.Station> stations = session.stations().stream().map(this::station).toList();
        Map<String, SessionResults.Station> byId = new HashMap<>();
        stations.forEach(s -> byId.put(s.stationId(), s));

        Map<String, EncounterSummary> chosen = new HashMap<>(); // student + station -> attempt
        for (EncounterSummary e : encounters.sessionEncounters(sessionId)) {
            if (e.ended() && byId.containsKey(e.stationId())) {
                chosen.merge(e.studentUsername() + "\n" + e.stationId(), e,
                        (a, b) -> session.mode() == ExamMode.EXAM || a.startedAt().isAfter(b.startedAt()) ? a : b);
            }
        }
        List<Long> ids = chosen.values().stream().map(EncounterSummary::id).toList();
        Map<Long, ScoreReport> reports = scoring.reports(ids);
        Map<Long, SignedResult> signed = review.signedResults(ids);

        List<SessionResults.Student> students = new ArrayList<>();
        for (RosterStudent r : cohorts.roster(session.cohortId())) {
            Map<String, SessionResults.StationResult> results = new LinkedHashMap<>();
            for (SessionResults.Station station : stations) {
                EncounterSummary e = chosen.get(r.username() + "\n" + station.stationId());
                ScoreReport report = e == null ? null : reports.get(e.id());
                if (report != null) {
                    results.put(station.stationId(), result(station, report, signed.get(e.id()), e.extraTime()));
                }
            }
            students.add(new SessionResults.Student(r.studentNumber(), r.username(), r.lastName(), r.firstName(),
                    r.email(), r.group(), results));
        }
        students.sort(Comparator.comparing(SessionResults.Student::lastName, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(SessionResults.Student::firstName, String.CASE_INSENSITIVE_ORDER));
        return new SessionResults(sessionId, session.name(), session.cohortName(), clock.instant(), stations, students);
    }

    /** How many of the session's encounters the demo simulated (their examiner's sign-offs are simulated too). */
    public long simulatedEncounters(long sessionId) {
        return encounters.sessionEncounters(sessionId).stream().filter(e -> EncounterService.SIMULATED.equals(e.engine()))
                .count();
    }

    /** The session's psychometrics. */
    public SessionStatistics statistics(long sessionId) {
        return statistics(results(sessionId));
    }

    /** The psychometrics of results already read. */
    public SessionStatistics statistics(SessionResults results) {
        return SessionStatistics.compute(results, properties.defaultPassShare());
    }

    private SessionResults.Station station(CircuitStation c) {
        Rubric rubric = catalog.rubric(c.stationVersionId());
        List<SessionResults.Item> items = new ArrayList<>();
        rubric.items().forEach(i -> items.add(new SessionResults.Item(i.id(), i.label(), i.points(), i.critical())));
        rubric.noteItems().forEach(n -> items.add(new SessionResults.Item(NoteScorer.ID_PREFIX + n.id(), n.question(),
                n.points(), false)));
        return new SessionResults.Station(c.stationId(), c.title(), items.stream().mapToInt(SessionResults.Item::maxPoints).sum(),
                items, rubric.ratingScale().borderline());
    }

    private static SessionResults.StationResult result(SessionResults.Station station, ScoreReport report,
            SignedResult signed, java.time.Duration extraTime) {
        boolean manual = ManualScoring.NAME.equals(report.scorer());
        Map<String, Integer> ai = new LinkedHashMap<>();
        if (!manual) {
            for (ItemScore i : report.items()) {
                ai.put(i.itemId(), i.points());
            }
        }
        Map<String, Integer> points = new LinkedHashMap<>();
        for (SessionResults.Item item : station.items()) {
            Integer p = signed != null ? signed.points().get(item.itemId()) : ai.get(item.itemId());
            points.put(item.itemId(), p == null ? 0 : p);
        }
        int total = points.values().stream().mapToInt(Integer::intValue).sum();
        List<SessionResults.Override> overrides = signed == null || manual ? List.of() : signed.changes().stream()
                .map(c -> new SessionResults.Override(c.itemId(), c.aiPoints(), c.points(), c.reason(), signed.examiner(),
                        c.decidedAt()))
                .toList();
        return new SessionResults.StationResult(report.encounterId(), total, station.maxPoints(), points, ai,
                signed == null ? null : signed.globalRating(), signed != null, overrides, extraTime);
    }
}
