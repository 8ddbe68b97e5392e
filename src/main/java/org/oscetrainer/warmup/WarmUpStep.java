package org.oscetrainer.warmup;

import org.oscetrainer.catalog.Scenario;

/**
 * One hot path of a student's turn, run over a published station while the node warms up before it reports itself
 * ready. A step leaves nothing behind (no rows, no counts in the node's metrics, no LLM request) and returns soon: the
 * warm-up checks its time limit between steps.
 */
public interface WarmUpStep {

    /** What the step runs, for the log: "the guard over replies". */
    String name();

    /**
     * Runs the path over {@code station} once, as a turn would; returns how many items it ran (questions, replies,
     * frames, turns), for the log. May throw: the warm-up logs it and skips the step from then on.
     */
    int warmUp(Scenario station);

    /**
     * Makes what the step's path keeps for {@code station} (its index, its guard), once and cheaply, so that no
     * student's first question on the station has to make it while the station's other questions wait. Run over every
     * published station before the rounds, whatever {@code osce.warm-up.max-duration} (a limit that cut the rounds
     * short used to leave most stations' guards to be made by the first wave of students: docs/performance.md, perf20).
     * May throw, as {@link #warmUp}. Nothing to make by default.
     */
    default void prepare(Scenario station) {
    }
}
