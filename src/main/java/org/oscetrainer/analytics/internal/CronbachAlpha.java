package org.oscetrainer.analytics.internal;

/**
 * Cronbach's alpha, the internal consistency of a test: α = k/(k − 1) · (1 − Σ var<sub>i</sub> /
 * var<sub>total</sub>) over a candidates × parts matrix (here the parts are an exam's stations), with
 * sample variances. Every candidate must have a score for every part (listwise). The caller chooses the
 * scale of each part; the session statistics use station percentages so that stations of different
 * maxima weigh the same.
 */
public final class CronbachAlpha {

    private CronbachAlpha() {
    }

    /**
     * α of the matrix, or {@code null} when undefined: fewer than 2 parts, fewer than 2 candidates, or
     * totals that do not vary.
     *
     * @param scores one row per candidate, one column per part
     */
    public static Double of(double[][] scores) {
        return without(scores, -1);
    }

    /** α of the matrix without one of its parts ("alpha if deleted"); {@code null} when undefined. */
    public static Double withoutPart(double[][] scores, int part) {
        if (part < 0 || scores.length > 0 && part >= scores[0].length) {
            throw new IllegalArgumentException("No part " + part);
        }
        return without(scores, part);
    }

    private static Double without(double[][] scores, int skipped) {
        int n = scores.length;
        int parts = n == 0 ? 0 : scores[0].length;
        int k = skipped < 0 ? parts : parts - 1;
        if (k < 2 || n < 2) {
            return null;
        }
        double[] totals = new double[n];
        double sumOfVariances = 0;
        for (int j = 0; j < parts; j++) {
            if (j == skipped) {
                continue;
            }
            double[] column = new double[n];
            for (int i = 0; i < n; i++) {
                if (scores[i].length != parts) {
                    throw new IllegalArgumentException("Row " + i + " has " + scores[i].length + " parts, not " + parts);
                }
                column[i] = scores[i][j];
                totals[i] += scores[i][j];
            }
            sumOfVariances += Descriptive.variance(column);
        }
        if (Descriptive.isConstant(totals)) {
            return null;
        }
        return (double) k / (k - 1) * (1 - sumOfVariances / Descriptive.variance(totals));
    }
}
