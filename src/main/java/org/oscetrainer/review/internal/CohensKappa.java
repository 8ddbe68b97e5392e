package org.oscetrainer.review.internal;

/**
 * Cohen's kappa for two raters on a yes/no judgement (here: was a rubric item done?), from the
 * 2×2 table of their paired judgements. κ = (po − pe) / (1 − pe): the agreement beyond what
 * chance alone would give. Undefined ({@code NaN}) when chance agreement is already total, e.g.
 * when both raters said "done" for every case.
 *
 * @param bothYes both said done
 * @param onlyFirst the first rater said done, the second not
 * @param onlySecond the second rater said done, the first not
 * @param bothNo neither said done
 */
public record CohensKappa(int bothYes, int onlyFirst, int onlySecond, int bothNo) {

    /** Adds one paired judgement. */
    public CohensKappa plus(boolean first, boolean second) {
        return new CohensKappa(bothYes + (first && second ? 1 : 0), onlyFirst + (first && !second ? 1 : 0),
                onlySecond + (!first && second ? 1 : 0), bothNo + (!first && !second ? 1 : 0));
    }

    public CohensKappa plus(CohensKappa other) {
        return new CohensKappa(bothYes + other.bothYes, onlyFirst + other.onlyFirst, onlySecond + other.onlySecond,
                bothNo + other.bothNo);
    }

    public static CohensKappa empty() {
        return new CohensKappa(0, 0, 0, 0);
    }

    public int n() {
        return bothYes + onlyFirst + onlySecond + bothNo;
    }

    /** Observed agreement po, between 0 and 1 ({@code NaN} without cases). */
    public double observed() {
        return n() == 0 ? Double.NaN : (double) (bothYes + bothNo) / n();
    }

    /** Agreement expected by chance pe from each rater's own rate of "done". */
    public double expected() {
        if (n() == 0) {
            return Double.NaN;
        }
        double n = n();
        double firstYes = (bothYes + onlyFirst) / n;
        double secondYes = (bothYes + onlySecond) / n;
        return firstYes * secondYes + (1 - firstYes) * (1 - secondYes);
    }

    /** κ, or {@code NaN} when it is undefined (no cases, or chance agreement of 1). */
    public double kappa() {
        double pe = expected();
        return Double.isNaN(pe) || pe >= 1 ? Double.NaN : (observed() - pe) / (1 - pe);
    }

    /** Percentage agreement, 0 to 100. */
    public double percent() {
        return 100 * observed();
    }
}
