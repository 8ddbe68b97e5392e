package org.oscetrainer.analytics.internal;

/** Classical item analysis of a rubric item over the candidates of its station. */
public final class ItemAnalysis {

    private ItemAnalysis() {
    }

    /**
     * The facility index: mean points over maximum points, 0 (nobody scored) to 1 (everybody got full
     * points). 0 without candidates or for an item worth 0.
     */
    public static double difficulty(double[] points, int maxPoints) {
        return points.length == 0 || maxPoints <= 0 ? 0 : Descriptive.mean(points) / maxPoints;
    }

    /**
     * The corrected item-total correlation: Pearson's r between the item's points and the rest of the
     * station total (total minus the item), so the item is not correlated with itself. For an item
     * scored 0 or 1 this is the point-biserial correlation. {@code null} with fewer than 3 candidates,
     * or when the item or the rest of the total does not vary.
     *
     * @param points the item's points, one per candidate
     * @param stationTotals the same candidates' station totals, in the same order
     */
    public static Double discrimination(double[] points, double[] stationTotals) {
        if (points.length != stationTotals.length) {
            throw new IllegalArgumentException(points.length + " item scores for " + stationTotals.length + " totals");
        }
        double[] rest = new double[points.length];
        for (int i = 0; i < points.length; i++) {
            rest[i] = stationTotals[i] - points[i];
        }
        return Correlation.pearson(points, rest);
    }
}
