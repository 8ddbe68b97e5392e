package org.oscetrainer.analytics.internal;

import java.util.Optional;

/**
 * A station's pass mark: by borderline regression when it can be computed, clamped to [0, maximum] to
 * be used; otherwise the configured default share of the maximum.
 *
 * @param regression the raw borderline-regression pass mark (unclamped), {@code null} without it
 * @param method {@link #BORDERLINE_REGRESSION} or {@link #DEFAULT}
 * @param used the pass mark applied, in points
 * @param rSquared of the regression, {@code null} without it
 */
public record PassMark(Double regression, String method, double used, Double rSquared) {

    public static final String BORDERLINE_REGRESSION = "borderline-regression";
    public static final String DEFAULT = "default";

    /** Scores within this distance below a pass mark reach it: rounding must not fail a candidate. */
    private static final double ROUNDING = 1e-9;

    public static PassMark of(Optional<BorderlineRegression> regression, int maxPoints, double defaultPassShare) {
        if (regression.isPresent()) {
            double mark = regression.get().passMark();
            return new PassMark(mark, BORDERLINE_REGRESSION, Math.max(0, Math.min(maxPoints, mark)),
                    regression.get().rSquared());
        }
        return new PassMark(null, DEFAULT, defaultPassShare * maxPoints, null);
    }

    public boolean reachedBy(double score) {
        return reached(score, used);
    }

    /** Whether {@code score} is at or above {@code passMark} (to within rounding). */
    public static boolean reached(double score, double passMark) {
        return score >= passMark - ROUNDING;
    }
}
