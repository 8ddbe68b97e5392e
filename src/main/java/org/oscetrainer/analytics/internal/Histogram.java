package org.oscetrainer.analytics.internal;

import java.util.ArrayList;
import java.util.List;

/** How many scores fall in each tenth of the maximum. */
public final class Histogram {

    public static final int BINS = 10;

    private Histogram() {
    }

    /**
     * Counts per bin [0,10%), [10,20%) … [80,90%), [90,100%]: a bin includes its lower edge, and the last
     * also the full score. Computed in whole numbers, so a score exactly on an edge (7 of 10) goes in the
     * bin that starts there. A score below 0 counts in the first bin, above the maximum in the last; with
     * a maximum of 0 every score is a full score.
     */
    public static List<Integer> byTenths(int[] scores, int maxPoints) {
        int[] bins = new int[BINS];
        for (int score : scores) {
            int bin = maxPoints <= 0 ? BINS - 1 : (int) Math.floorDiv((long) BINS * score, (long) maxPoints);
            bins[Math.max(0, Math.min(BINS - 1, bin))]++;
        }
        List<Integer> counts = new ArrayList<>(BINS);
        for (int count : bins) {
            counts.add(count);
        }
        return List.copyOf(counts);
    }
}
