package org.oscetrainer.analytics.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CronbachAlphaTest {

    /** Statology, "How to Calculate Cronbach's Alpha in Python": 10 customers rate 3 questions Q1–Q3 from 1 to 3. */
    private static final double[][] SURVEY = transpose(new double[][] {
            {1, 2, 2, 3, 2, 2, 3, 3, 2, 3},
            {1, 1, 1, 2, 3, 3, 2, 3, 3, 3},
            {1, 1, 2, 1, 2, 3, 3, 3, 2, 3}});

    /**
     * The article's {@code pingouin.cronbach_alpha(data=df)} prints {@code (0.7734375, array([0.336, 0.939]))}.
     */
    @Test
    void matchesThePublishedExample() {
        assertThat(CronbachAlpha.of(SURVEY)).isCloseTo(0.7734375, within(1e-12));
    }

    /**
     * Alpha of the same data without each question, by NumPy:
     * <pre>
     * python3 -c "
     * import numpy as np
     * X=np.array([[1,2,2,3,2,2,3,3,2,3],[1,1,1,2,3,3,2,3,3,3],[1,1,2,1,2,3,3,3,2,3]],float).T
     * a=lambda X: X.shape[1]/(X.shape[1]-1)*(1-X.var(axis=0,ddof=1).sum()/X.sum(axis=1).var(ddof=1))
     * print(repr(a(X)), [repr(a(np.delete(X,j,axis=1))) for j in range(3)])"
     * </pre>
     * → {@code 0.7734375000000003 [0.7966804979253113, 0.6585365853658536, 0.581818181818182]}.
     */
    @Test
    void alphaIfDeleted() {
        assertThat(CronbachAlpha.withoutPart(SURVEY, 0)).isCloseTo(0.7966804979253113, within(1e-12));
        assertThat(CronbachAlpha.withoutPart(SURVEY, 1)).isCloseTo(0.6585365853658536, within(1e-12));
        assertThat(CronbachAlpha.withoutPart(SURVEY, 2)).isCloseTo(0.581818181818182, within(1e-12));
    }

    /** Undefined by definition (k − 1 = 0, no sample variance, or total variance 0): null, not NaN. */
    @Test
    void undefinedAlphaIsNull() {
        assertThat(CronbachAlpha.of(new double[][] {{1}, {2}, {3}})).isNull();
        assertThat(CronbachAlpha.of(new double[][] {{1, 2, 3}})).isNull();
        assertThat(CronbachAlpha.of(new double[0][])).isNull();
        assertThat(CronbachAlpha.of(new double[][] {{1, 2}, {2, 1}, {0, 3}})).isNull();
        assertThat(CronbachAlpha.withoutPart(new double[][] {{1, 2}, {2, 4}, {3, 3}}, 0)).isNull();
    }

    private static double[][] transpose(double[][] m) {
        double[][] t = new double[m[0].length][m.length];
        for (int i = 0; i < m.length; i++) {
            for (int j = 0; j < m[0].length; j++) {
                t[j][i] = m[i][j];
            }
        }
        return t;
    }
}
