package org.oscetrainer.analytics.internal;

import java.util.Optional;

/**
 * The borderline regression method of standard setting: the station score is regressed on the
 * examiners' global rating by least squares, score = intercept + slope · rating, and the pass mark is
 * the score predicted at the borderline level of the station's own global rating scale (its rubric's
 * {@code global-rating.borderline}).
 *
 * @param n the rated candidates the line was fitted on
 * @param rSquared the share of the score variance the rating explains (r²); {@code null} when the
 *     scores do not vary
 */
public record BorderlineRegression(int n, double intercept, double slope, double passMark, Double rSquared) {

    /**
     * Fits the line, or nothing with fewer than 3 rated candidates or when every rating is the same (a
     * slope needs ratings that differ).
     *
     * @param ratings the global ratings, one per candidate
     * @param scores the same candidates' station scores, in the same order
     * @param borderline the scale's borderline level, where the pass mark is read
     */
    public static Optional<BorderlineRegression> fit(double[] ratings, double[] scores, double borderline) {
        if (ratings.length != scores.length) {
            throw new IllegalArgumentException(ratings.length + " ratings for " + scores.length + " scores");
        }
        int n = ratings.length;
        if (n < 3 || Descriptive.isConstant(ratings)) {
            return Optional.empty();
        }
        double mx = Descriptive.mean(ratings);
        double my = Descriptive.mean(scores);
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < n; i++) {
            sxy += (ratings[i] - mx) * (scores[i] - my);
            sxx += (ratings[i] - mx) * (ratings[i] - mx);
        }
        double slope = sxy / sxx;
        double intercept = my - slope * mx;
        Double r = Correlation.pearson(ratings, scores);
        return Optional.of(new BorderlineRegression(n, intercept, slope, intercept + slope * borderline,
                r == null ? null : r * r));
    }
}
