package org.oscetrainer.analytics.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.oscetrainer.analytics.SessionResults.Item;
import org.oscetrainer.analytics.SessionResults.Station;
import org.oscetrainer.analytics.SessionResults.StationResult;
import org.oscetrainer.analytics.SessionStatistics.ItemStatistics;
import org.oscetrainer.analytics.SessionStatistics.StationStatistics;

/**
 * The figures of one station over its candidates (the students with a result there): score
 * distribution, pass mark, item analysis and AI agreement. Scores are the results' totals, on the
 * station's maximum; an item missing from a result's points counts 0.
 */
public final class StationAnalysis {

    private final Station station;
    private final List<StationResult> results;
    private final double[] totals;
    private final PassMark passMark;

    public StationAnalysis(Station station, List<StationResult> results, double defaultPassShare) {
        this.station = station;
        this.results = List.copyOf(results);
        this.totals = results.stream().mapToDouble(StationResult::total).toArray();
        this.passMark = PassMark.of(borderlineRegression(), station.maxPoints(), defaultPassShare);
    }

    public PassMark passMark() {
        return passMark;
    }

    /** The station's figures; {@code alphaIfDeleted} comes from the whole session. */
    public StationStatistics statistics(Double alphaIfDeleted) {
        Descriptive scores = Descriptive.of(totals);
        long passing = results.stream().filter(r -> passMark.reachedBy(r.total())).count();
        AiAgreement agreement = aiAgreement();
        return new StationStatistics(station.stationId(), station.title(), results.size(), station.maxPoints(),
                scores.mean(), scores.sd(), scores.min(), scores.median(), scores.max(), passMark.regression(),
                passMark.method(), passMark.used(), results.isEmpty() ? 0 : (double) passing / results.size(),
                passMark.rSquared(), alphaIfDeleted, agreement.share(), agreement.kappa(),
                Histogram.byTenths(results.stream().mapToInt(StationResult::total).toArray(), station.maxPoints()));
    }

    /** Difficulty and discrimination of each rubric item, in rubric order. */
    public List<ItemStatistics> items() {
        List<ItemStatistics> items = new ArrayList<>();
        for (Item item : station.items()) {
            double[] points = results.stream().mapToDouble(r -> points(r.itemPoints(), item)).toArray();
            items.add(new ItemStatistics(station.stationId(), item.itemId(), item.label(), item.maxPoints(),
                    results.size(), ItemAnalysis.difficulty(points, item.maxPoints()),
                    ItemAnalysis.discrimination(points, totals)));
        }
        return items;
    }

    private Optional<BorderlineRegression> borderlineRegression() {
        List<StationResult> rated = results.stream().filter(r -> r.globalRating() != null).toList();
        return BorderlineRegression.fit(rated.stream().mapToDouble(StationResult::globalRating).toArray(),
                rated.stream().mapToDouble(StationResult::total).toArray(), station.borderlineRating());
    }

    /** Item by item, over signed-off results that kept the AI's proposal. */
    private AiAgreement aiAgreement() {
        AiAgreement agreement = new AiAgreement();
        for (StationResult result : results) {
            if (result.reviewed() && result.aiItemPoints() != null && !result.aiItemPoints().isEmpty()) {
                for (Item item : station.items()) {
                    agreement.add(points(result.aiItemPoints(), item), points(result.itemPoints(), item),
                            item.maxPoints());
                }
            }
        }
        return agreement;
    }

    private static int points(Map<String, Integer> points, Item item) {
        Integer p = points == null ? null : points.get(item.itemId());
        return p == null ? 0 : p;
    }
}
