package org.oscetrainer.scoring;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Agreement between two raters who labelled the same items (an AI grader and an examiner, two
 * examiners): percentage agreement and Cohen's kappa, for binary (done or not) or ordinal labels
 * (points), compared as nominal categories (unweighted kappa).
 *
 * <p>κ = (p<sub>o</sub> − p<sub>e</sub>) / (1 − p<sub>e</sub>), where p<sub>o</sub> is the observed
 * agreement and p<sub>e</sub> the agreement expected by chance from each rater's label frequencies.
 * When chance agreement is total (both raters always give the same single label), κ is taken as 1 if
 * they agree on every item, else 0.
 */
public record Agreement(int n, int agreed, double expected) {

    /** The agreement of {@code a} and {@code b}, two lists of labels for the same items in the same order. */
    public static Agreement of(List<Integer> a, List<Integer> b) {
        if (a.size() != b.size()) {
            throw new IllegalArgumentException("The raters labelled " + a.size() + " and " + b.size() + " items");
        }
        int n = a.size();
        int agreed = 0;
        Map<Integer, int[]> counts = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            if (a.get(i).equals(b.get(i))) {
                agreed++;
            }
            counts.computeIfAbsent(a.get(i), k -> new int[2])[0]++;
            counts.computeIfAbsent(b.get(i), k -> new int[2])[1]++;
        }
        double expected = 0;
        for (int[] c : counts.values()) {
            expected += n == 0 ? 0 : ((double) c[0] / n) * ((double) c[1] / n);
        }
        return new Agreement(n, agreed, expected);
    }

    /** Observed agreement p<sub>o</sub>, from 0 to 1 (0 when there are no items). */
    public double percent() {
        return n == 0 ? 0 : (double) agreed / n;
    }

    /** Cohen's kappa, from −1 to 1. */
    public double kappa() {
        if (n == 0) {
            return 0;
        }
        if (1 - expected < 1e-12) {
            return agreed == n ? 1 : 0;
        }
        return (percent() - expected) / (1 - expected);
    }
}
