package org.oscetrainer.analytics.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class BorderlineRegressionTest {

    /**
     * Eight rated candidates. SciPy's least-squares line:
     * <pre>
     * python3 -c "
     * from scipy import stats
     * lr=stats.linregress([1,2,2,3,3,4,5,5],[8,11,13,14,16,17,19,18])
     * print(repr(lr.slope), repr(lr.intercept), repr(lr.intercept+2*lr.slope), repr(lr.rvalue**2))"
     * </pre>
     * → {@code 2.453781512605042 6.831932773109243 11.739495798319329 0.9139084205110615}.
     */
    @Test
    void thePassMarkIsThePredictedScoreAtBorderline() {
        BorderlineRegression line = BorderlineRegression.fit(new double[] {1, 2, 2, 3, 3, 4, 5, 5},
                new double[] {8, 11, 13, 14, 16, 17, 19, 18}, 2).orElseThrow();

        assertThat(line.n()).isEqualTo(8);
        assertThat(line.slope()).isCloseTo(2.453781512605042, within(1e-9));
        assertThat(line.intercept()).isCloseTo(6.831932773109243, within(1e-9));
        assertThat(line.passMark()).isCloseTo(11.739495798319329, within(1e-9));
        assertThat(line.rSquared()).isCloseTo(0.9139084205110615, within(1e-9));
    }

    /**
     * The rubrics' scales put borderline at 3 (1 clear fail … 5 good pass): the same line read at 3,
     * 6.831932773109243 + 3 × 2.453781512605042 (the fixed scale's 2 gave 11.74, a point and a half lower).
     */
    @Test
    void thePassMarkIsReadAtTheBorderlineOfTheStationsScale() {
        BorderlineRegression line = BorderlineRegression.fit(new double[] {1, 2, 2, 3, 3, 4, 5, 5},
                new double[] {8, 11, 13, 14, 16, 17, 19, 18}, 3).orElseThrow();

        assertThat(line.passMark()).isCloseTo(14.193277310924369, within(1e-9));
    }

    /** By definition: a line needs 3 rated candidates whose ratings differ. */
    @Test
    void noLineWithFewerThanThreeRatingsOrOneRating() {
        assertThat(BorderlineRegression.fit(new double[] {1, 3}, new double[] {4, 9}, 2)).isEmpty();
        assertThat(BorderlineRegression.fit(new double[] {3, 3, 3, 3}, new double[] {4, 9, 6, 7}, 2)).isEmpty();
        assertThat(BorderlineRegression.fit(new double[0], new double[0], 2)).isEmpty();
    }

    /** By hand: equal scores give the flat line y = 6, so the pass mark is 6 and r² (0/0) is null. */
    @Test
    void scoresWithoutSpreadGiveAPassMarkButNoRSquared() {
        BorderlineRegression line = BorderlineRegression.fit(new double[] {1, 3, 5}, new double[] {6, 6, 6}, 2)
                .orElseThrow();

        assertThat(line.passMark()).isCloseTo(6, within(1e-12));
        assertThat(line.rSquared()).isNull();
    }

    /**
     * By hand: (3, 2), (4, 6), (5, 10) lie on y = 4x − 10, read at 2: −2, used as 0; (3, 10), (4, 6),
     * (5, 2) on y = 22 − 4x, read at 2: 14, used as the maximum 10. Without a line: 0.6 × 10.
     */
    @Test
    void thePassMarkUsedIsClampedToTheStationsRangeOrFallsBackToTheDefaultShare() {
        PassMark low = PassMark.of(BorderlineRegression.fit(new double[] {3, 4, 5}, new double[] {2, 6, 10}, 2), 10, 0.6);
        PassMark high = PassMark.of(BorderlineRegression.fit(new double[] {3, 4, 5}, new double[] {10, 6, 2}, 2), 10, 0.6);
        PassMark none = PassMark.of(Optional.empty(), 10, 0.6);

        assertThat(low.regression()).isCloseTo(-2, within(1e-9));
        assertThat(low.used()).isZero();
        assertThat(low.rSquared()).isCloseTo(1, within(1e-12));
        assertThat(high.regression()).isCloseTo(14, within(1e-9));
        assertThat(high.used()).isEqualTo(10);
        assertThat(high.method()).isEqualTo(PassMark.BORDERLINE_REGRESSION);
        assertThat(none).isEqualTo(new PassMark(null, PassMark.DEFAULT, 6, null));
    }

    /**
     * By the documented rule: a score equal to the pass mark passes even when the share × max product
     * rounds up ({@code python3 -c "print(repr(0.55*100))"} → {@code 55.00000000000001}).
     */
    @Test
    void aScoreOnThePassMarkPassesDespiteRounding() {
        PassMark fiftyFivePercent = PassMark.of(Optional.empty(), 100, 0.55);

        assertThat(fiftyFivePercent.used()).isGreaterThan(55);
        assertThat(fiftyFivePercent.reachedBy(55)).isTrue();
        assertThat(fiftyFivePercent.reachedBy(54)).isFalse();
    }
}
