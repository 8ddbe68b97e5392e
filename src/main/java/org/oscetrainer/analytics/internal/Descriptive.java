package org.oscetrainer.analytics.internal;

import java.util.Arrays;

/**
 * The usual summary of a list of scores. {@code sd} is the sample standard deviation (divisor
 * n − 1); with fewer than 2 values it is 0, and with no values every figure is 0 (never {@code NaN}).
 * The median of an even count is the mean of the two middle values.
 */
public record Descriptive(int n, double mean, double sd, double min, double median, double max) {

    public static Descriptive of(double[] values) {
        int n = values.length;
        if (n == 0) {
            return new Descriptive(0, 0, 0, 0, 0, 0);
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        double sd = n < 2 ? 0 : Math.sqrt(variance(values));
        return new Descriptive(n, mean(values), sd, sorted[0], median, sorted[n - 1]);
    }

    /** The arithmetic mean; 0 without values. */
    public static double mean(double[] values) {
        if (values.length == 0) {
            return 0;
        }
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    /** The sample variance, Σ(x − x̄)² / (n − 1); 0 with fewer than 2 values. */
    public static double variance(double[] values) {
        int n = values.length;
        if (n < 2) {
            return 0;
        }
        double mean = mean(values);
        double squares = 0;
        for (double v : values) {
            squares += (v - mean) * (v - mean);
        }
        return squares / (n - 1);
    }

    /**
     * Whether the values do not vary (all equal, to within rounding): the statistics that divide by a
     * variance are undefined then.
     */
    public static boolean isConstant(double[] values) {
        if (values.length == 0) {
            return true;
        }
        double min = values[0];
        double max = values[0];
        for (double v : values) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        return max - min <= 1e-9 * Math.max(1, Math.max(Math.abs(min), Math.abs(max)));
    }
}
