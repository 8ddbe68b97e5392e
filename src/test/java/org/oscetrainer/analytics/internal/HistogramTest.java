package org.oscetrainer.analytics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HistogramTest {

    /**
     * numpy's histogram has the same bins (each includes its left edge, the last also its right edge):
     * {@code python3 -c "import numpy as np; print(np.histogram([0,1,2,3,10,11,17,18,19,20,20], bins=10, range=(0,20))[0].tolist())"}
     * → {@code [2, 2, 0, 0, 0, 2, 0, 0, 1, 4]}.
     */
    @Test
    void aScoreOnAnEdgeStartsTheNextBinAndAFullScoreIsInTheLast() {
        assertThat(Histogram.byTenths(new int[] {0, 1, 2, 3, 10, 11, 17, 18, 19, 20, 20}, 20))
                .containsExactly(2, 2, 0, 0, 0, 2, 0, 0, 1, 4);
    }

    /**
     * {@code python3 -c "import numpy as np; print(np.histogram([0,2,3,5,6,27,29,30], bins=10, range=(0,30))[0].tolist())"}
     * → {@code [2, 2, 1, 0, 0, 0, 0, 0, 0, 3]}.
     */
    @Test
    void edgesThatAreNotWholeTenthsOfAPoint() {
        assertThat(Histogram.byTenths(new int[] {0, 2, 3, 5, 6, 27, 29, 30}, 30))
                .containsExactly(2, 2, 1, 0, 0, 0, 0, 0, 0, 3);
    }

    /** By the documented rule: out-of-range scores are clamped to the first or last bin. */
    @Test
    void outOfRangeScoresAndAZeroMaximum() {
        assertThat(Histogram.byTenths(new int[] {-1, 11}, 10)).containsExactly(1, 0, 0, 0, 0, 0, 0, 0, 0, 1);
        assertThat(Histogram.byTenths(new int[] {0, 0}, 0)).containsExactly(0, 0, 0, 0, 0, 0, 0, 0, 0, 2);
        assertThat(Histogram.byTenths(new int[0], 10)).containsOnly(0).hasSize(10);
    }
}
