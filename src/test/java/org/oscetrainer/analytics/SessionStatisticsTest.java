package org.oscetrainer.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.oscetrainer.analytics.SessionResults.Item;
import org.oscetrainer.analytics.SessionResults.Station;
import org.oscetrainer.analytics.SessionResults.StationResult;
import org.oscetrainer.analytics.SessionResults.Student;
import org.oscetrainer.analytics.SessionStatistics.ItemStatistics;
import org.oscetrainer.analytics.SessionStatistics.StationStatistics;
import org.oscetrainer.analytics.SessionStatistics.StudentOutcome;

/**
 * A session of 3 stations (maxima 10, 8, 12) and 7 students: u6 missed the third station, u7 sat
 * nothing. Station 1 has 6 global ratings (borderline regression); station 2 only 2 (default pass
 * mark); station 3 has 4 equal ratings (default). u6's first station is signed off without AI points,
 * 4 results of station 2 are not signed off, and u5's station 2 lacks item "r" (counts 0).
 * Every expected figure was printed by this Python script (NumPy 2.4, SciPy 1.17, independent of the
 * Java code; the default pass share is 0.6):
 */
class SessionStatisticsTest {

/*
import statistics as st, numpy as np
from scipy import stats
# S: (station, max, {item: max}); R[station][student] = (item points, global rating, reviewed, AI item points)
S = [("S1", 10, {"h": 4, "e": 4, "c": 2}), ("S2", 8, {"q": 1, "r": 4, "s": 3}), ("S3", 12, {"x": 6, "y": 6})]
R = {"S1": {"u1": ({"h": 4, "e": 4, "c": 2}, 5, True, {"h": 4, "e": 3, "c": 2}),
            "u2": ({"h": 3, "e": 3, "c": 1}, 4, True, {"h": 3, "e": 3, "c": 2}),
            "u3": ({"h": 2, "e": 3, "c": 1}, 3, True, {"h": 2, "e": 4, "c": 1}),
            "u4": ({"h": 2, "e": 1, "c": 1}, 2, True, {"h": 2, "e": 1, "c": 1}),
            "u5": ({"h": 1, "e": 2, "c": 0}, 1, True, {"h": 1, "e": 2, "c": 0}),
            "u6": ({"h": 3, "e": 2, "c": 2}, 3, True, {})},
     "S2": {"u1": ({"q": 1, "r": 4, "s": 3}, 5, True, {"q": 1, "r": 4, "s": 2}),
            "u2": ({"q": 1, "r": 2, "s": 2}, None, False, {"q": 1, "r": 2, "s": 2}),
            "u3": ({"q": 0, "r": 3, "s": 1}, 2, True, {"q": 1, "r": 3, "s": 1}),
            "u4": ({"q": 1, "r": 1, "s": 2}, None, False, {"q": 1, "r": 1, "s": 2}),
            "u5": ({"q": 0, "s": 1}, None, False, {"q": 0, "s": 1}),
            "u6": ({"q": 1, "r": 3, "s": 3}, None, False, {"q": 1, "r": 3, "s": 3})},
     "S3": {"u1": ({"x": 6, "y": 5}, 3, True, {"x": 6, "y": 6}),
            "u2": ({"x": 4, "y": 4}, 3, True, {"x": 4, "y": 4}),
            "u3": ({"x": 5, "y": 2}, 3, True, {"x": 5, "y": 2}),
            "u4": ({"x": 2, "y": 3}, 3, True, {"x": 6, "y": 3}),
            "u5": ({"x": 3, "y": 1}, None, False, {"x": 3, "y": 1})}}
USERS, SHARE = ["u1", "u2", "u3", "u4", "u5", "u6", "u7"], 0.6
total = lambda items: sum(items.values())
used = {}
for sid, mx, items in S:
    res = R[sid]; tot = [total(r[0]) for r in res.values()]
    rated = [(r[1], total(r[0])) for r in res.values() if r[1] is not None]
    xs = [a for a, _ in rated]
    if len(rated) >= 3 and len(set(xs)) > 1:
        lr = stats.linregress(xs, [b for _, b in rated])
        pm = lr.intercept + 2 * lr.slope; used[sid] = min(max(pm, 0), mx); r2 = lr.rvalue ** 2
    else:
        pm = r2 = None; used[sid] = SHARE * mx
    hist = np.histogram(tot, bins=10, range=(0, mx))[0].tolist()
    print(sid, len(tot), st.mean(tot), st.stdev(tot), min(tot), st.median(tot), max(tot), "pm", pm, used[sid], "r2", r2,
          "rate", sum(t >= used[sid] for t in tot) / len(tot), hist)
    for it, imx in items.items():
        p = [r[0].get(it, 0) for r in res.values()]
        print("  item", it, len(p), st.mean(p) / imx, stats.pearsonr(p, np.subtract(tot, p))[0])
    pairs = [(r[3].get(it, 0), r[0].get(it, 0), imx) for r in res.values() if r[2] and r[3] for it, imx in items.items()]
    if pairs:
        n = len(pairs); po = sum((a >= m) == (b >= m) for a, b, m in pairs) / n  # kappa by its formula
        pa = sum(a >= m for a, b, m in pairs) / n; pb = sum(b >= m for a, b, m in pairs) / n
        pe = pa * pb + (1 - pa) * (1 - pb)
        print("  agreement", sum(a == b for a, b, m in pairs) / n, "kappa", (po - pe) / (1 - pe))
complete = [u for u in USERS if all(u in R[sid] for sid, _, _ in S)]
X = np.array([[100 * total(R[sid][u][0]) / mx for sid, mx, _ in S] for u in complete])
alpha = lambda X: X.shape[1] / (X.shape[1] - 1) * (1 - X.var(axis=0, ddof=1).sum() / X.sum(axis=1).var(ddof=1))
print("alpha", alpha(X), "if deleted", [alpha(np.delete(X, j, axis=1)) for j in range(3)])
pmt = sum(used.values()); print("passMarkTotal", pmt)
for u in USERS:
    sat = [(sid, total(R[sid][u][0])) for sid, _, _ in S if u in R[sid]]
    t = sum(p for _, p in sat)
    print(u, t, 100 * t / 30, len(sat), sum(p >= used[sid] for sid, p in sat), bool(sat) and t >= pmt)
*/
/* Its output:
S1 6 6.166666666666667 2.48327740429189 3 6.5 10 pm 4.466666666666667 4.466666666666667 r2 0.9372972972972974 rate 0.6666666666666666 [0, 0, 0, 1, 1, 0, 1, 2, 0, 1]
  item h 6 0.625 0.8866206949335732
  item e 6 0.625 0.5444655064804708
  item c 6 0.5833333333333334 0.7001400420140047
  agreement 0.8 kappa 0.44444444444444436
S2 6 4.833333333333333 2.48327740429189 1 4.5 8 pm None 4.8 r2 None rate 0.5 [0, 1, 0, 0, 0, 2, 1, 0, 1, 1]
  item q 6 0.6666666666666666 0.6041220933301771
  item r 6 0.5416666666666666 0.5303948353054366
  item s 6 0.6666666666666666 0.7789361803342479
  agreement 0.6666666666666666 kappa 0.33333333333333326
S3 5 7 2.7386127875258306 4 7 11 pm None 7.199999999999999 r2 None rate 0.4 [0, 0, 0, 1, 1, 1, 1, 0, 0, 1]
  item x 5 0.6666666666666666 0.5
  item y 5 0.5 0.5
  agreement 0.75 kappa 0.38461538461538464
alpha 0.9783132530120483 if deleted [np.float64(0.947176684881603), np.float64(0.9917355371900829), np.float64(0.9674418604651163)]
passMarkTotal 16.466666666666665
u1 29 96.66666666666667 3 3 True
u2 20 66.66666666666667 3 3 True
u3 17 56.666666666666664 3 1 True
u4 13 43.333333333333336 3 0 False
u5 8 26.666666666666668 3 0 False
u6 14 46.666666666666664 2 2 False
u7 0 0.0 0 0 False
*/

    private static final Station S1 = new Station("S1", "Chest pain", 10, List.of(item("h", 4), item("e", 4), item("c", 2)), 2);
    private static final Station S2 = new Station("S2", "Low mood", 8, List.of(item("q", 1), item("r", 4), item("s", 3)), 2);
    private static final Station S3 = new Station("S3", "Knee", 12, List.of(item("x", 6), item("y", 6)), 2);

    private final Map<String, Map<String, StationResult>> results = new LinkedHashMap<>();

    private SessionResults session() {
        for (String u : List.of("u1", "u2", "u3", "u4", "u5", "u6", "u7")) {
            results.computeIfAbsent(u, k -> new LinkedHashMap<>());
        }
        sat("u1", S1, Map.of("h", 4, "e", 4, "c", 2), 5, true, Map.of("h", 4, "e", 3, "c", 2));
        sat("u2", S1, Map.of("h", 3, "e", 3, "c", 1), 4, true, Map.of("h", 3, "e", 3, "c", 2));
        sat("u3", S1, Map.of("h", 2, "e", 3, "c", 1), 3, true, Map.of("h", 2, "e", 4, "c", 1));
        sat("u4", S1, Map.of("h", 2, "e", 1, "c", 1), 2, true, Map.of("h", 2, "e", 1, "c", 1));
        sat("u5", S1, Map.of("h", 1, "e", 2, "c", 0), 1, true, Map.of("h", 1, "e", 2, "c", 0));
        sat("u6", S1, Map.of("h", 3, "e", 2, "c", 2), 3, true, Map.of());
        sat("u1", S2, Map.of("q", 1, "r", 4, "s", 3), 5, true, Map.of("q", 1, "r", 4, "s", 2));
        sat("u2", S2, Map.of("q", 1, "r", 2, "s", 2), null, false, Map.of("q", 1, "r", 2, "s", 2));
        sat("u3", S2, Map.of("q", 0, "r", 3, "s", 1), 2, true, Map.of("q", 1, "r", 3, "s", 1));
        sat("u4", S2, Map.of("q", 1, "r", 1, "s", 2), null, false, Map.of("q", 1, "r", 1, "s", 2));
        sat("u5", S2, Map.of("q", 0, "s", 1), null, false, Map.of("q", 0, "s", 1));
        sat("u6", S2, Map.of("q", 1, "r", 3, "s", 3), null, false, Map.of("q", 1, "r", 3, "s", 3));
        sat("u1", S3, Map.of("x", 6, "y", 5), 3, true, Map.of("x", 6, "y", 6));
        sat("u2", S3, Map.of("x", 4, "y", 4), 3, true, Map.of("x", 4, "y", 4));
        sat("u3", S3, Map.of("x", 5, "y", 2), 3, true, Map.of("x", 5, "y", 2));
        sat("u4", S3, Map.of("x", 2, "y", 3), 3, true, Map.of("x", 6, "y", 3));
        sat("u5", S3, Map.of("x", 3, "y", 1), null, false, Map.of("x", 3, "y", 1));
        List<Student> students = results.entrySet().stream().map(e -> new Student("N-" + e.getKey(), e.getKey(),
                "Last", "First", e.getKey() + "@example.org", "A", e.getValue())).toList();
        return new SessionResults(1, "Winter OSCE", "Year 4", Instant.EPOCH, List.of(S1, S2, S3), students);
    }

    @Test
    void computesEveryFigureOfTheSession() {
        SessionStatistics stats = SessionStatistics.compute(session(), 0.6);

        assertThat(stats.candidates()).isEqualTo(6);
        assertThat(stats.maxTotal()).isEqualTo(30);
        assertThat(stats.passMarkTotal()).isCloseTo(16.466666666666665, within(1e-9));
        assertThat(stats.cronbachAlpha()).isCloseTo(0.9783132530120483, within(1e-9));

        StationStatistics s1 = stats.stations().get(0);
        assertStation(s1, "S1", 6, 6.166666666666667, 2.48327740429189, 3, 6.5, 10, 4.466666666666667, 0.6666666666666666);
        assertThat(s1.passMarkMethod()).isEqualTo("borderline-regression");
        assertThat(s1.passMark()).isCloseTo(4.466666666666667, within(1e-9));
        assertThat(s1.rSquared()).isCloseTo(0.9372972972972974, within(1e-9));
        assertThat(s1.alphaIfDeleted()).isCloseTo(0.947176684881603, within(1e-9));
        assertThat(s1.aiAgreement()).isCloseTo(0.8, within(1e-9));
        assertThat(s1.aiKappa()).isCloseTo(0.44444444444444436, within(1e-9));
        assertThat(s1.histogram()).containsExactly(0, 0, 0, 1, 1, 0, 1, 2, 0, 1);

        StationStatistics s2 = stats.stations().get(1);
        assertStation(s2, "S2", 6, 4.833333333333333, 2.48327740429189, 1, 4.5, 8, 4.8, 0.5);
        assertThat(s2.passMarkMethod()).isEqualTo("default");
        assertThat(s2.passMark()).isNull();
        assertThat(s2.rSquared()).isNull();
        assertThat(s2.alphaIfDeleted()).isCloseTo(0.9917355371900829, within(1e-9));
        assertThat(s2.aiAgreement()).isCloseTo(0.6666666666666666, within(1e-9));
        assertThat(s2.aiKappa()).isCloseTo(0.33333333333333326, within(1e-9));
        assertThat(s2.histogram()).containsExactly(0, 1, 0, 0, 0, 2, 1, 0, 1, 1);

        StationStatistics s3 = stats.stations().get(2);
        assertStation(s3, "S3", 5, 7, 2.7386127875258306, 4, 7, 11, 7.199999999999999, 0.4);
        assertThat(s3.passMarkMethod()).isEqualTo("default");
        assertThat(s3.passMark()).isNull();
        assertThat(s3.alphaIfDeleted()).isCloseTo(0.9674418604651163, within(1e-9));
        assertThat(s3.aiAgreement()).isCloseTo(0.75, within(1e-9));
        assertThat(s3.aiKappa()).isCloseTo(0.38461538461538464, within(1e-9));
        assertThat(s3.histogram()).containsExactly(0, 0, 0, 1, 1, 1, 1, 0, 0, 1);

        assertThat(stats.items()).extracting(ItemStatistics::stationId, ItemStatistics::itemId, ItemStatistics::n)
                .containsExactly(tuple("S1", "h", 6), tuple("S1", "e", 6), tuple("S1", "c", 6), tuple("S2", "q", 6),
                        tuple("S2", "r", 6), tuple("S2", "s", 6), tuple("S3", "x", 5), tuple("S3", "y", 5));
        double[][] items = {{0.625, 0.8866206949335732}, {0.625, 0.5444655064804708},
                {0.5833333333333334, 0.7001400420140047}, {0.6666666666666666, 0.6041220933301771},
                {0.5416666666666666, 0.5303948353054366}, {0.6666666666666666, 0.7789361803342479},
                {0.6666666666666666, 0.5}, {0.5, 0.5}};
        for (int i = 0; i < items.length; i++) {
            ItemStatistics item = stats.items().get(i);
            assertThat(item.difficulty()).as(item.itemId()).isCloseTo(items[i][0], within(1e-9));
            assertThat(item.discrimination()).as(item.itemId()).isCloseTo(items[i][1], within(1e-9));
        }

        assertThat(stats.students().keySet()).containsExactly("u1", "u2", "u3", "u4", "u5", "u6", "u7");
        assertOutcome(stats, "u1", 29, 96.66666666666667, 3, 3, true);
        assertOutcome(stats, "u2", 20, 66.66666666666667, 3, 3, true);
        assertOutcome(stats, "u3", 17, 56.666666666666664, 3, 1, true);
        assertOutcome(stats, "u4", 13, 43.333333333333336, 3, 0, false);
        assertOutcome(stats, "u5", 8, 26.666666666666668, 3, 0, false);
        assertOutcome(stats, "u6", 14, 46.666666666666664, 2, 2, false);
        assertOutcome(stats, "u7", 0, 0, 0, 0, false);
    }

    /**
     * Issue #13: the pass mark is read at the borderline level of the station's rubric scale. Station 1's
     * line read at 3, the rubrics' borderline: 6.1667 (at the old fixed 2 it was 4.4667).
     */
    @Test
    void thePassMarkIsReadAtTheBorderlineOfTheStationsOwnScale() {
        Station s1 = new Station("S1", "Chest pain", 10, S1.items());
        assertThat(s1.borderlineRating()).as("the rubrics' default scale").isEqualTo(3);
        sat("u1", s1, Map.of("h", 4, "e", 4, "c", 2), 5, true, Map.of());
        sat("u2", s1, Map.of("h", 3, "e", 3, "c", 1), 4, true, Map.of());
        sat("u3", s1, Map.of("h", 2, "e", 3, "c", 1), 3, true, Map.of());
        sat("u4", s1, Map.of("h", 2, "e", 1, "c", 1), 2, true, Map.of());
        sat("u5", s1, Map.of("h", 1, "e", 2, "c", 0), 1, true, Map.of());
        sat("u6", s1, Map.of("h", 3, "e", 2, "c", 2), 3, true, Map.of());
        List<Student> students = results.entrySet().stream().map(e -> new Student(e.getKey(), e.getKey(), "L", "F",
                "", "", e.getValue())).toList();

        StationStatistics s = SessionStatistics.compute(new SessionResults(3, "Scale", "C", Instant.EPOCH, List.of(s1),
                students), 0.6).stations().get(0);

        assertThat(s.passMarkMethod()).isEqualTo("borderline-regression");
        assertThat(s.passMark()).isCloseTo(6.166666666666667, within(1e-9));
    }

    /** Undefined by definition: 2 candidates give no correlation or regression, 1 station no alpha. */
    @Test
    void aTinySessionHasNullsNotNaNs() {
        Station only = new Station("S", "Only", 4, List.of(item("a", 2), item("b", 2)));
        sat("v1", only, Map.of("a", 2, "b", 1), 4, true, Map.of("a", 2, "b", 2));
        sat("v2", only, Map.of("a", 0, "b", 1), 1, true, Map.of("a", 0, "b", 1));
        List<Student> students = results.entrySet().stream().map(e -> new Student(e.getKey(), e.getKey(), "L", "F",
                "", "", e.getValue())).toList();

        SessionResults tiny = new SessionResults(2, "Tiny", "C", Instant.EPOCH, List.of(only), students);

        SessionStatistics stats = SessionStatistics.compute(tiny, 0.5);

        StationStatistics s = stats.stations().get(0);
        assertThat(stats.cronbachAlpha()).isNull();
        assertThat(s.alphaIfDeleted()).isNull();
        assertThat(s.passMark()).isNull();
        assertThat(s.passMarkUsed()).isEqualTo(2);
        assertThat(s.rSquared()).isNull();
        assertThat(stats.items()).extracting(ItemStatistics::discrimination).containsOnlyNulls();
        assertThat(s.sd()).isCloseTo(Math.sqrt(2), within(1e-12)); // 3 and 1: Σ(x − 2)² / (2 − 1) = 2, by hand
        assertThatThrownBy(() -> SessionStatistics.compute(tiny, 1.5)).isInstanceOf(IllegalArgumentException.class);
    }

    private static void assertStation(StationStatistics s, String id, int candidates, double mean, double sd,
            double min, double median, double max, double passMarkUsed, double passRate) {
        assertThat(s.stationId()).isEqualTo(id);
        assertThat(s.candidates()).isEqualTo(candidates);
        assertThat(s.mean()).isCloseTo(mean, within(1e-9));
        assertThat(s.sd()).isCloseTo(sd, within(1e-9));
        assertThat(s.min()).isEqualTo(min);
        assertThat(s.median()).isEqualTo(median);
        assertThat(s.max()).isEqualTo(max);
        assertThat(s.passMarkUsed()).isCloseTo(passMarkUsed, within(1e-9));
        assertThat(s.passRate()).isCloseTo(passRate, within(1e-9));
    }

    private static void assertOutcome(SessionStatistics stats, String username, int total, double percent, int sat,
            int passed, boolean pass) {
        StudentOutcome o = stats.students().get(username);
        assertThat(o.total()).as(username).isEqualTo(total);
        assertThat(o.max()).isEqualTo(30);
        assertThat(o.percent()).as(username).isCloseTo(percent, within(1e-9));
        assertThat(o.stationsSat()).as(username).isEqualTo(sat);
        assertThat(o.stationsPassed()).as(username).isEqualTo(passed);
        assertThat(o.passed()).as(username).isEqualTo(pass);
    }

    private void sat(String student, Station station, Map<String, Integer> points, Integer rating, boolean reviewed,
            Map<String, Integer> ai) {
        int total = points.values().stream().mapToInt(Integer::intValue).sum();
        results.computeIfAbsent(student, k -> new LinkedHashMap<>()).put(station.stationId(),
                new StationResult(results.size(), total, station.maxPoints(), points, ai, rating, reviewed, List.of()));
    }

    private static Item item(String id, int maxPoints) {
        return new Item(id, "Item " + id, maxPoints, false);
    }
}
