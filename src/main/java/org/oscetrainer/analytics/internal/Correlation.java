package org.oscetrainer.analytics.internal;

/** Pearson's product-moment correlation. */
public final class Correlation {

    private Correlation() {
    }

    /**
     * r = Σ(x − x̄)(y − ȳ) / √(Σ(x − x̄)² · Σ(y − ȳ)²) over paired values, or {@code null} when it is
     * undefined or meaningless: fewer than 3 pairs, or either list without variance.
     */
    public static Double pearson(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("Paired lists of " + x.length + " and " + y.length + " values");
        }
        if (x.length < 3 || Descriptive.isConstant(x) || Descriptive.isConstant(y)) {
            return null;
        }
        double mx = Descriptive.mean(x);
        double my = Descriptive.mean(y);
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
    }
}
