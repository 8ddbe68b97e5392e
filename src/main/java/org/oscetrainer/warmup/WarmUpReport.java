package org.oscetrainer.warmup;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What a warm-up ran and how long it took, for the log.
 *
 * @param stations published stations warmed
 * @param roundsDone rounds over every station completed
 * @param roundsAsked rounds asked for ({@code osce.warm-up.rounds})
 * @param timeUp whether {@code osce.warm-up.max-duration} stopped it
 * @param took the whole warm-up
 * @param roundTimes each completed round (the first is the coldest)
 * @param steps each step's figures
 */
public record WarmUpReport(int stations, int roundsDone, int roundsAsked, boolean timeUp, Duration took,
        List<Duration> roundTimes, List<StepFigures> steps) {

    /** One step: how many items it ran, in how long, and its failure (station and error) or {@code null}. */
    public record StepFigures(String name, long items, Duration took, String failure) {
    }

    /** One line: "Warm-up before readiness: 3 of 3 rounds over 24 published stations in 12.3 s (rounds 6.1, …)". */
    public String summary() {
        String rounds = roundTimes.stream().map(d -> String.format(Locale.ROOT, "%.1f", d.toNanos() / 1e9))
                .collect(Collectors.joining(", "));
        String each = steps.stream().map(s -> String.format(Locale.ROOT, "%s: %,d in %.1f s%s", s.name(), s.items(),
                s.took().toNanos() / 1e9, s.failure() == null ? "" : " (failed, then skipped: " + s.failure() + ")"))
                .collect(Collectors.joining("; "));
        return String.format(Locale.ROOT, "Warm-up before readiness: %d of %d rounds over %d published stations in %.1f s%s"
                + " (rounds: %s; %s)", roundsDone, roundsAsked, stations, took.toNanos() / 1e9,
                timeUp ? ", stopped by osce.warm-up.max-duration" : "", rounds.isEmpty() ? "none whole" : rounds + " s", each);
    }
}
