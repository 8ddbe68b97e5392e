package org.oscetrainer.review;

/**
 * How well two raters agree on "done / not done" over {@code n} judgements: percentage agreement and
 * Cohen's kappa ({@code NaN} when undefined), read with the Landis &amp; Koch {@link #band()}.
 */
public record AgreementFigures(int n, double percent, double kappa) {

    /** Landis &amp; Koch (1977): below 0 poor, to 0.20 slight, 0.40 fair, 0.60 moderate, 0.80 substantial, else almost perfect. */
    public enum Band { UNDEFINED, POOR, SLIGHT, FAIR, MODERATE, SUBSTANTIAL, ALMOST_PERFECT }

    public Band band() {
        if (Double.isNaN(kappa)) {
            return Band.UNDEFINED;
        }
        if (kappa < 0) {
            return Band.POOR;
        }
        return kappa <= 0.20 ? Band.SLIGHT : kappa <= 0.40 ? Band.FAIR : kappa <= 0.60 ? Band.MODERATE
                : kappa <= 0.80 ? Band.SUBSTANTIAL : Band.ALMOST_PERFECT;
    }
}
