package org.oscetrainer.scoring;

import java.util.List;
import java.util.Locale;

/**
 * How the grader's item points agree with an examiner's: κ on done / not done and on points, raw
 * agreement, precision and recall of "done". Shared by the evaluation sets' tests.
 */
final class ItemJudgements {

    private ItemJudgements() {
    }

    /** One item of one transcript as the examiner and the grader judged it. */
    interface Judged {
        int expected();

        int proposed();

        default boolean expectedDone() {
            return expected() > 0;
        }

        default boolean proposedDone() {
            return proposed() > 0;
        }
    }

    record Figures(int n, Agreement done, Agreement points, double precision, double recall) {

        static Figures of(List<? extends Judged> pairs) {
            Agreement done = Agreement.of(pairs.stream().map(p -> p.expectedDone() ? 1 : 0).toList(),
                    pairs.stream().map(p -> p.proposedDone() ? 1 : 0).toList());
            Agreement points = Agreement.of(pairs.stream().map(Judged::expected).toList(),
                    pairs.stream().map(Judged::proposed).toList());
            long tp = pairs.stream().filter(p -> p.expectedDone() && p.proposedDone()).count();
            long fp = pairs.stream().filter(p -> !p.expectedDone() && p.proposedDone()).count();
            long fn = pairs.stream().filter(p -> p.expectedDone() && !p.proposedDone()).count();
            return new Figures(pairs.size(), done, points, tp + fp == 0 ? 0 : (double) tp / (tp + fp),
                    tp + fn == 0 ? 0 : (double) tp / (tp + fn));
        }

        double kappa() {
            return done.kappa();
        }

        double f1() {
            return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        }

        String line(String label) {
            return String.format(Locale.ROOT,
                    "  %-34s n=%4d  agreement=%.3f  kappa=%.3f  F1=%.3f (precision %.3f, recall %.3f)  kappa(points)=%.3f",
                    label, n, done.percent(), kappa(), f1(), precision, recall, points.kappa());
        }
    }
}
