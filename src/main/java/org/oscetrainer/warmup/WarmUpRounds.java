package org.oscetrainer.warmup;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import org.oscetrainer.catalog.Scenario;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * First makes what every step keeps for every station ({@link WarmUpStep#prepare}, whatever the limit), then runs every
 * step over every station, round after round, until the rounds are done or the time is up (checked
 * before each step, so the limit is overrun by one step's run at most). Every step runs over the first station
 * whatever the limit: a node always warms each path once. A step that fails is logged once and skipped from then
 * on; the others go on.
 */
final class WarmUpRounds {

    private static final Logger log = LoggerFactory.getLogger(WarmUpRounds.class);

    private final List<WarmUpStep> steps;
    private final int rounds;
    private final Duration maxDuration;
    private final LongSupplier nanoTime;

    WarmUpRounds(List<WarmUpStep> steps, int rounds, Duration maxDuration, LongSupplier nanoTime) {
        this.steps = List.copyOf(steps);
        this.rounds = rounds;
        this.maxDuration = maxDuration;
        this.nanoTime = nanoTime;
    }

    WarmUpReport run(List<Scenario> stations) {
        long start = nanoTime.getAsLong();
        long until = start + maxDuration.toNanos();
        int n = steps.size();
        long[] items = new long[n];
        long[] nanos = new long[n];
        String[] failures = new String[n];
        for (Scenario station : stations) {
            for (int i = 0; i < n; i++) {
                long from = nanoTime.getAsLong();
                try {
                    steps.get(i).prepare(station);
                } catch (RuntimeException | LinkageError e) {
                    // one broken station must not leave the others cold: logged, and the next station prepared
                    log.warn("Warm-up: {} failed to prepare station {}; the other stations are prepared (the node starts"
                            + " anyway)", steps.get(i).name(), station.stationId(), e);
                } finally {
                    nanos[i] += nanoTime.getAsLong() - from;
                }
            }
        }
        int roundsDone = 0;
        List<Duration> roundTimes = new ArrayList<>();
        boolean timeUp = false;
        rounds:
        for (int round = 0; round < rounds; round++) {
            long roundStart = nanoTime.getAsLong();
            for (Scenario station : stations) {
                for (int i = 0; i < n; i++) {
                    if (failures[i] != null) {
                        continue;
                    }
                    boolean first = round == 0 && station == stations.get(0);
                    if (!first && nanoTime.getAsLong() - until >= 0) {
                        timeUp = true;
                        break rounds;
                    }
                    long from = nanoTime.getAsLong();
                    try {
                        items[i] += steps.get(i).warmUp(station);
                    } catch (RuntimeException | LinkageError e) {
                        failures[i] = station.stationId() + ": " + e;
                        log.warn("Warm-up: {} failed on station {}; skipped from now on (the node starts anyway)",
                                steps.get(i).name(), station.stationId(), e);
                    } finally {
                        nanos[i] += nanoTime.getAsLong() - from;
                    }
                }
            }
            roundsDone++;
            roundTimes.add(Duration.ofNanos(nanoTime.getAsLong() - roundStart));
        }
        List<WarmUpReport.StepFigures> figures = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            figures.add(new WarmUpReport.StepFigures(steps.get(i).name(), items[i], Duration.ofNanos(nanos[i]), failures[i]));
        }
        return new WarmUpReport(stations.size(), roundsDone, rounds, timeUp, Duration.ofNanos(nanoTime.getAsLong() - start),
                roundTimes, figures);
    }
}
