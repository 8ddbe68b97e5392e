package org.oscetrainer.analytics.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ItemAnalysisTest {

    /**
     * A 0/1 item and its candidates' station totals. Reference values from SciPy (1.17), the rest score
     * being the total minus the item:
     * <pre>
     * python3 -c "
     * import statistics as st, numpy as np; from scipy import stats
     * item=[1,0,1,1,0,1,0,1]; total=[9,4,7,8,5,6,3,9]; rest=np.subtract(total,item)
     * print(repr(stats.pearsonr(item,rest)[0]), repr(stats.pointbiserialr(item,rest)[0]), st.mean(item))"
     * </pre>
     * → {@code 0.7909057560124448 0.7909057560124448 0.625}.
     */
    @Test
    void aDichotomousItemsDiscriminationIsItsPointBiserialWithTheRestScore() {
        double[] item = {1, 0, 1, 1, 0, 1, 0, 1};
        double[] totals = {9, 4, 7, 8, 5, 6, 3, 9};

        assertThat(ItemAnalysis.difficulty(item, 1)).isCloseTo(0.625, within(1e-12));
        assertThat(ItemAnalysis.discrimination(item, totals)).isCloseTo(0.7909057560124448, within(1e-9));
    }

    /**
     * A 2-point item. {@code python3 -c "import statistics as st, numpy as np; from scipy import stats;
     * p=[0,1,1,2,2,2]; t=[3,5,4,8,6,7]; print(repr(st.mean(p)/2), repr(stats.pearsonr(p,np.subtract(t,p))[0]))"}
     * → {@code 0.6666666666666666 0.768273325346536}.
     */
    @Test
    void aPolytomousItemIsCorrelatedWithTheTotalWithoutIt() {
        double[] item = {0, 1, 1, 2, 2, 2};
        double[] totals = {3, 5, 4, 8, 6, 7};

        assertThat(ItemAnalysis.difficulty(item, 2)).isCloseTo(0.6666666666666666, within(1e-12));
        assertThat(ItemAnalysis.discrimination(item, totals)).isCloseTo(0.768273325346536, within(1e-9));
    }

    /** Undefined by definition (a correlation needs variance; fewer than 3 pairs is not reported): null, not NaN. */
    @Test
    void undefinedDiscriminationIsNull() {
        assertThat(ItemAnalysis.discrimination(new double[] {0, 1}, new double[] {3, 6})).isNull();
        assertThat(ItemAnalysis.discrimination(new double[] {1, 1, 1, 1}, new double[] {3, 6, 4, 2})).isNull();
        assertThat(ItemAnalysis.discrimination(new double[] {0, 1, 2}, new double[] {5, 6, 7})).isNull();
        assertThat(ItemAnalysis.difficulty(new double[0], 2)).isZero();
        assertThat(ItemAnalysis.difficulty(new double[] {0, 0}, 0)).isZero();
    }
}
