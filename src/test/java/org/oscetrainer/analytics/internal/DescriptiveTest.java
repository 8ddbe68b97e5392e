package org.oscetrainer.analytics.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class DescriptiveTest {

    /**
     * Wikipedia, "Standard deviation", section "Basic examples": the eight values 2, 4, 4, 4, 5, 5, 7, 9
     * have mean 5 and population sd 2; the sample sd is √(32/7). Digits and the median from Python:
     * {@code python3 -c "import statistics as st; v=[2,4,4,4,5,5,7,9]; print(st.mean(v), repr(st.stdev(v)), st.median(v))"}
     * → {@code 5 2.138089935299395 4.5}.
     */
    @Test
    void sampleStandardDeviationAndTheMedianOfAnEvenCount() {
        Descriptive d = Descriptive.of(new double[] {9, 2, 4, 5, 4, 7, 4, 5});

        assertThat(d.n()).isEqualTo(8);
        assertThat(d.mean()).isCloseTo(5, within(1e-12));
        assertThat(d.sd()).isCloseTo(2.138089935299395, within(1e-12));
        assertThat(d.sd()).isCloseTo(Math.sqrt(32.0 / 7), within(1e-12));
        assertThat(d.median()).isCloseTo(4.5, within(1e-12));
        assertThat(d.min()).isEqualTo(2);
        assertThat(d.max()).isEqualTo(9);
    }

    /**
     * {@code python3 -c "import statistics as st; w=[3,1,4,1,5,9,2]; print(repr(st.mean(w)), repr(st.stdev(w)), st.median(w))"}
     * → {@code 3.5714285714285716 2.819996622760558 3}.
     */
    @Test
    void theMedianOfAnOddCountIsTheMiddleValue() {
        Descriptive d = Descriptive.of(new double[] {3, 1, 4, 1, 5, 9, 2});

        assertThat(d.mean()).isCloseTo(3.5714285714285716, within(1e-12));
        assertThat(d.sd()).isCloseTo(2.819996622760558, within(1e-12));
        assertThat(d.median()).isEqualTo(3);
    }

    /** By definition (sample sd needs 2 values): no NaN for one value or none. */
    @Test
    void oneValueHasNoSpreadAndNoValuesGiveZeros() {
        assertThat(Descriptive.of(new double[] {7})).isEqualTo(new Descriptive(1, 7, 0, 7, 7, 7));
        assertThat(Descriptive.of(new double[0])).isEqualTo(new Descriptive(0, 0, 0, 0, 0, 0));
        assertThat(Descriptive.variance(new double[] {7})).isZero();
    }

    @Test
    void constantValuesAreRecognisedDespiteRounding() {
        assertThat(Descriptive.isConstant(new double[] {0.1 + 0.2, 0.3, 0.3})).isTrue();
        assertThat(Descriptive.isConstant(new double[] {3, 3, 3.001})).isFalse();
        assertThat(Descriptive.isConstant(new double[0])).isTrue();
    }
}
