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
}
