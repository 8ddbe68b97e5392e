package org.oscetrainer.scoring;

import java.time.Instant;
import java.util.List;

/** The proposed score of an encounter, item by item, as produced by {@code scorer}. */
public record ScoreReport(long encounterId, String scorer, Instant scoredAt, List<ItemScore> items) {

    public int total() {
        return items.stream().mapToInt(ItemScore::points).sum();
    }

    public int max() {
        return items.stream().mapToInt(ItemScore::maxPoints).sum();
    }

    /** Percentage of the maximum, rounded to one decimal. */
    public double percent() {
        return max() == 0 ? 0 : Math.round(1000.0 * total() / max()) / 10.0;
    }
}
