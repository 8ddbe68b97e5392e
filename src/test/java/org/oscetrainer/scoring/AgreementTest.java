package org.oscetrainer.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgreementTest {

    /**
     * The worked example of Wikipedia's "Cohen's kappa" article (section "Simple example"): 50
     * proposals read by A and B; both yes 20 (a), A yes B no 5 (b), A no B yes 10 (c), both no 15 (d):
     * p<sub>o</sub> = 0.7, p<sub>e</sub> = 0.5, κ = 0.4.
     */
    @Test
    void matchesTheTextbookExample() {
        List<Integer> a = new ArrayList<>();
        List<Integer> b = new ArrayList<>();
        add(a, b, 1, 1, 20);
        add(a, b, 1, 0, 5);
        add(a, b, 0, 1, 10);
        add(a, b, 0, 0, 15);

        Agreement agreement = Agreement.of(a, b);

        assertThat(agreement.n()).isEqualTo(50);
        assertThat(agreement.percent()).isCloseTo(0.7, within(1e-9));
        assertThat(agreement.expected()).isCloseTo(0.5, within(1e-9));
        assertThat(agreement.kappa()).isCloseTo(0.4, within(1e-9));
    }

    @Test
    void ordinalLabelsAreComparedAsCategories() {
        // points 0, 1, 2: agree on 4 of 6; chance: a = {0:2,1:2,2:2}, b = {0:2,1:4} -> pe = (4+8)/36 = 1/3
        Agreement agreement = Agreement.of(List.of(0, 0, 1, 1, 2, 2), List.of(0, 0, 1, 1, 1, 1));
        assertThat(agreement.percent()).isCloseTo(4 / 6.0, within(1e-9));
        assertThat(agreement.kappa()).isCloseTo((4 / 6.0 - 1 / 3.0) / (1 - 1 / 3.0), within(1e-9));
    }

    @Test
    void perfectAgreementIsOneEvenWithASingleLabel() {
        assertThat(Agreement.of(List.of(1, 1, 1), List.of(1, 1, 1)).kappa()).isEqualTo(1.0);
        assertThat(Agreement.of(List.of(1, 0, 1, 0), List.of(1, 0, 1, 0)).kappa()).isEqualTo(1.0);
        assertThat(Agreement.of(List.of(), List.of()).n()).isZero();
    }

    @Test
    void refusesListsOfDifferentLengths() {
        assertThatThrownBy(() -> Agreement.of(List.of(1), List.of(1, 0))).isInstanceOf(IllegalArgumentException.class);
    }

    private static void add(List<Integer> a, List<Integer> b, int x, int y, int times) {
        for (int i = 0; i < times; i++) {
            a.add(x);
            b.add(y);
        }
    }
}
