package org.oscetrainer.scoring;

import java.time.Instant;
import java.util.List;

/**
 * The proposed score of an encounter, item by item, as produced by {@code scorer} (the grader's
 * name), with the LLM's {@code model} and {@code promptHash} when an LLM graded it, and the reason
 * when the offline grader stood in for a failed LLM grader ({@code fallbackReason}).
 */
public record ScoreReport(long encounterId, String scorer, Instant scoredAt, List<ItemScore> items, String model,
        String promptHash, String fallbackReason) {

    public ScoreReport(long encounterId, String scorer, Instant scoredAt, List<ItemScore> items) {
        this(encounterId, scorer, scoredAt, items, null, null, null);
    }

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
