package org.oscetrainer.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/** Nearest-rank percentiles of durations in nanoseconds, shown in milliseconds. */
record Percentiles(int count, double p50, double p95, double p99, double max) {

    static Percentiles of(Collection<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        if (sorted.isEmpty()) {
            return new Percentiles(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        Collections.sort(sorted);
        return new Percentiles(sorted.size(), at(sorted, 0.50), at(sorted, 0.95), at(sorted, 0.99),
                sorted.get(sorted.size() - 1) / 1e6);
    }

    private static double at(List<Long> sorted, double p) {
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1))) / 1e6;
    }

    @Override
    public String toString() {
        return String.format("p50 %6.2f ms  p95 %6.2f ms  p99 %6.2f ms  max %6.2f ms", p50, p95, p99, max);
    }
}
