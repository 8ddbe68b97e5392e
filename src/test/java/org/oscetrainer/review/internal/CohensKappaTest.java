package org.oscetrainer.review.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Cohen's kappa on the worked example of Wikipedia's "Cohen's kappa" article, and its edge cases. */
class CohensKappaTest {

    @Test
    void theWikipediaWorkedExample() {
        // 50 applications: both yes 20, A yes B no 5, A no B yes 10, both no 15
        CohensKappa k = new CohensKappa(20, 5, 10, 15);

        assertThat(k.n()).isEqualTo(50);
        assertThat(k.observed()).isCloseTo(0.7, within(1e-9));
        assertThat(k.expected()).isCloseTo(0.5, within(1e-9));
        assertThat(k.kappa()).isCloseTo(0.4, within(1e-9));
        assertThat(k.percent()).isCloseTo(70.0, within(1e-9));
    }

    @Test
    void tallyingPairsOneByOneGivesTheSameTable() {
        CohensKappa k = CohensKappa.empty();
        for (int i = 0; i < 20; i++) {
            k = k.plus(true, true);
        }
        for (int i = 0; i < 5; i++) {
            k = k.plus(true, false);
        }
        for (int i = 0; i < 10; i++) {
            k = k.plus(false, true);
        }
        for (int i = 0; i < 15; i++) {
            k = k.plus(false, false);
        }
        assertThat(k).isEqualTo(new CohensKappa(20, 5, 10, 15));
        assertThat(k.plus(CohensKappa.empty())).isEqualTo(k);
    }

    @Test
    void perfectAndChanceAgreement() {
        assertThat(new CohensKappa(10, 0, 0, 10).kappa()).isEqualTo(1.0);
        assertThat(new CohensKappa(25, 25, 25, 25).kappa()).isCloseTo(0.0, within(1e-9));
        assertThat(new CohensKappa(0, 10, 10, 0).kappa()).isCloseTo(-1.0, within(1e-9));
    }

    @Test
    void kappaIsUndefinedWhenChanceAgreementIsTotalOrThereAreNoCases() {
        assertThat(new CohensKappa(12, 0, 0, 0).kappa()).isNaN();
        assertThat(new CohensKappa(12, 0, 0, 0).percent()).isEqualTo(100.0);
        assertThat(CohensKappa.empty().kappa()).isNaN();
    }
}
