package org.oscetrainer.analytics.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.oscetrainer.analytics.SessionResults;
import org.oscetrainer.analytics.SessionResults.Station;
import org.oscetrainer.analytics.SessionResults.StationResult;
import org.oscetrainer.analytics.SessionResults.Student;
import org.oscetrainer.analytics.SessionStatistics;
import org.oscetrainer.analytics.SessionStatistics.ItemStatistics;
import org.oscetrainer.analytics.SessionStatistics.StationStatistics;
import org.oscetrainer.analytics.SessionStatistics.StudentOutcome;

/** Computes {@link SessionStatistics#compute}; the policy is documented there. */
public final class SessionAnalysis {

    private final SessionResults session;
    private final List<StationAnalysis> stations = new ArrayList<>();

    private SessionAnalysis(SessionResults session, double defaultPassShare) {
        this.session = session;
        for (Station station : session.stations()) {
            List<StationResult> results = session.students().stream()
                    .map(s -> result(s, station)).filter(r -> r != null).toList();
            stations.add(new StationAnalysis(station, results, defaultPassShare));
        }
    }

    public static SessionStatistics of(SessionResults session, double defaultPassShare) {
        if (!(defaultPassShare >= 0 && defaultPassShare <= 1)) {
            throw new IllegalArgumentException("The default pass share must be within 0..1, not " + defaultPassShare);
        }
        return new SessionAnalysis(session, defaultPassShare).statistics();
    }

    private SessionStatistics statistics() {
        double[][] percentages = stationPercentagesOfCompleteCandidates();
        List<StationStatistics> stationStatistics = new ArrayList<>();
        List<ItemStatistics> items = new ArrayList<>();
        for (int j = 0; j < stations.size(); j++) {
            Double alphaIfDeleted = CronbachAlpha.withoutPart(percentages, j);
            stationStatistics.add(stations.get(j).statistics(alphaIfDeleted));
            items.addAll(stations.get(j).items());
        }
        double passMarkTotal = stations.stream().mapToDouble(s -> s.passMark().used()).sum();
        int maxTotal = session.stations().stream().mapToInt(Station::maxPoints).sum();
        Map<String, StudentOutcome> outcomes = new LinkedHashMap<>();
        for (Student student : session.students()) {
            StudentOutcome outcome = outcome(student, passMarkTotal, maxTotal);
            if (outcomes.put(student.username(), outcome) != null) {
                throw new IllegalArgumentException("Two students are named " + student.username());
            }
        }
        int candidates = (int) outcomes.values().stream().filter(o -> o.stationsSat() > 0).count();
        return new SessionStatistics(candidates, CronbachAlpha.of(percentages), passMarkTotal, maxTotal,
                List.copyOf(stationStatistics), List.copyOf(items), Collections.unmodifiableMap(outcomes));
    }

    private StudentOutcome outcome(Student student, double passMarkTotal, int maxTotal) {
        int total = 0;
        int sat = 0;
        int passed = 0;
        for (int j = 0; j < stations.size(); j++) {
            StationResult result = result(student, session.stations().get(j));
            if (result != null) {
                total += result.total();
                sat++;
                passed += stations.get(j).passMark().reachedBy(result.total()) ? 1 : 0;
            }
        }
        return new StudentOutcome(student.username(), total, maxTotal, maxTotal == 0 ? 0 : 100.0 * total / maxTotal,
                sat, passed, sat > 0 && PassMark.reached(total, passMarkTotal));
    }

    /** Rows: the students who sat every station, in roster order; columns: their score as a share of the maximum. */
    private double[][] stationPercentagesOfCompleteCandidates() {
        List<double[]> rows = new ArrayList<>();
        for (Student student : session.students()) {
            double[] row = new double[stations.size()];
            boolean complete = true;
            for (int j = 0; j < row.length && complete; j++) {
                Station station = session.stations().get(j);
                StationResult result = result(student, station);
                complete = result != null;
                row[j] = result == null || station.maxPoints() <= 0 ? 0 : 100.0 * result.total() / station.maxPoints();
            }
            if (complete) {
                rows.add(row);
            }
        }
        return rows.toArray(double[][]::new);
    }

    private static StationResult result(Student student, Station station) {
        return student.results() == null ? null : student.results().get(station.stationId());
    }
}
