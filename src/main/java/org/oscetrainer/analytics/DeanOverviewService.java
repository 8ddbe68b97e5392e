package org.oscetrainer.analytics;

import java.util.ArrayList;
import java.util.List;
import org.oscetrainer.cohort.CohortService;
import org.oscetrainer.examsession.ExamSession;
import org.oscetrainer.examsession.ExamSessionService;
import org.oscetrainer.examsession.ExamSessionStatus;
import org.oscetrainer.encounter.EncounterService;
import org.oscetrainer.encounter.EncounterSummary;
import org.oscetrainer.incident.IncidentService;
import org.oscetrainer.review.ReviewService;
import org.oscetrainer.review.ReviewStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** What the dean's office sees first: what is running, what is waiting, how the last sessions went. */
@Service
@PreAuthorize("hasRole('READ_ANALYTICS')")
public class DeanOverviewService {

    /** How many closed sessions the pass rates cover. */
    static final int LATEST_SESSIONS = 5;

    private final ExamSessionService sessions;
    private final CohortService cohorts;
    private final EncounterService encounters;
    private final ReviewService review;
    private final IncidentService incidents;
    private final SessionAnalyticsService analytics;

    DeanOverviewService(ExamSessionService sessions, CohortService cohorts, EncounterService encounters,
            ReviewService review, IncidentService incidents, SessionAnalyticsService analytics) {
        this.sessions = sessions;
        this.cohorts = cohorts;
        this.encounters = encounters;
        this.review = review;
        this.incidents = incidents;
        this.analytics = analytics;
    }

    public DeanOverview overview() {
        List<ExamSession> all = sessions.sessions();
        List<DeanOverview.SessionInProgress> running = new ArrayList<>();
        for (ExamSession s : all) {
            if (s.status() == ExamSessionStatus.OPEN) {
                List<EncounterSummary> played = encounters.sessionEncounters(s.id());
                long ended = played.stream().filter(EncounterSummary::ended).count();
                running.add(new DeanOverview.SessionInProgress(s.id(), s.name(), s.cohortName(), s.closesAt(),
                        cohorts.cohort(s.cohortId()).students(), s.stations().size(), played.size() - ended, ended));
            }
        }
        long pending = review.queue().stream().filter(e -> e.status() != ReviewStatus.SIGNED_OFF).count();
        List<DeanOverview.SessionPassRate> rates = new ArrayList<>();
        all.stream().filter(s -> s.status() == ExamSessionStatus.CLOSED)
                .sorted(java.util.Comparator.comparing(ExamSession::closesAt).reversed()).limit(LATEST_SESSIONS)
                .forEach(s -> {
                    SessionResults results = analytics.results(s.id());
                    SessionStatistics stats = analytics.statistics(results);
                    long stationResults = results.students().stream().mapToLong(st -> st.results().size()).sum();
                    long reviewed = results.students().stream()
                            .mapToLong(st -> st.results().values().stream().filter(SessionResults.StationResult::reviewed).count())
                            .sum();
                    rates.add(new DeanOverview.SessionPassRate(s.id(), s.name(), s.cohortName(), s.closesAt(),
                            stats.candidates(), stats.passRate() == null ? 0 : stats.passRate(), stats.cronbachAlpha(),
                            reviewed, stationResults));
                });
        return new DeanOverview(running, pending, incidents.openCount(), rates);
    }
}
