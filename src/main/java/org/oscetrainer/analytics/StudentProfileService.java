package org.oscetrainer.analytics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.oscetrainer.examsession.ExamSession;
import org.oscetrainer.examsession.ExamSessionService;
import org.oscetrainer.encounter.EncounterService;
import org.oscetrainer.encounter.EncounterSummary;
import org.oscetrainer.review.ReviewService;
import org.oscetrainer.review.SignedResult;
import org.oscetrainer.scoring.ScoreReport;
import org.oscetrainer.scoring.ScoringService;
import org.oscetrainer.security.AccountService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** One student's profile across stations and over time, and against their cohort in each session. */
@Service
@PreAuthorize("hasRole('READ_ANALYTICS')")
public class StudentProfileService {

    private final EncounterService encounters;
    private final ScoringService scoring;
    private final ReviewService review;
    private final ExamSessionService sessions;
    private final SessionAnalyticsService analytics;
    private final AccountService accounts;

    StudentProfileService(EncounterService encounters, ScoringService scoring, ReviewService review,
            ExamSessionService sessions, SessionAnalyticsService analytics, AccountService accounts) {
        this.encounters = encounters;
        this.scoring = scoring;
        this.review = review;
        this.sessions = sessions;
        this.analytics = analytics;
        this.accounts = accounts;
    }

    public StudentProfile profile(String username) {
        List<EncounterSummary> mine = encounters.studentEncounters(username).stream().filter(EncounterSummary::ended).toList();
        List<Long> ids = mine.stream().map(EncounterSummary::id).toList();
        Map<Long, ScoreReport> reports = scoring.reports(ids);
        Map<Long, SignedResult> signed = review.signedResults(ids);
        Map<Long, String> sessionNames = new HashMap<>();
        sessions.sessions().forEach(s -> sessionNames.put(s.id(), s.name()));
        List<StudentProfile.Attempt> attempts = new ArrayList<>();
        Set<Long> sat = new TreeSet<>();
        for (EncounterSummary e : mine) {
            ScoreReport r = reports.get(e.id());
            if (r == null) {
                continue;
            }
            SignedResult s = signed.get(e.id());
            double percent = s != null ? percent(s.total(), s.max()) : r.percent();
            attempts.add(new StudentProfile.Attempt(e.id(), e.startedAt(), e.stationId(), e.stationTitle(),
                    e.examSessionId() == null ? null : sessionNames.get(e.examSessionId()), percent, s != null));
            if (e.examSessionId() != null) {
                sat.add(e.examSessionId());
            }
        }
        List<StudentProfile.StationLine> lines = new ArrayList<>();
        for (long sessionId : sat) {
            ExamSession session = sessions.session(sessionId);
            SessionResults results = analytics.results(sessionId);
            SessionStatistics stats = analytics.statistics(results);
            results.students().stream().filter(st -> st.username().equals(username)).findFirst().ifPresent(st -> {
                for (SessionStatistics.StationStatistics station : stats.stations()) {
                    SessionResults.StationResult r = st.results().get(station.stationId());
                    if (r != null && station.maxPoints() > 0) {
                        lines.add(new StudentProfile.StationLine(session.name(), station.stationId(), station.title(),
                                percent(r.total(), r.max()), Math.round(1000.0 * station.mean() / station.maxPoints()) / 10.0,
                                r.total() >= station.passMarkUsed()));
                    }
                }
            });
        }
        String name = accounts.displayNames(List.of(username)).getOrDefault(username, username);
        return new StudentProfile(username, name, attempts, lines);
    }

    private static double percent(int total, int max) {
        return max == 0 ? 0 : Math.round(1000.0 * total / max) / 10.0;
    }
}
