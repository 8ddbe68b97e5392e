package org.oscetrainer.analytics.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class AiAgreementTest {

    /**
     * Wikipedia, "Cohen's kappa", section "Simple example": 50 items, both yes 20, only the first 5, only
     * the second 10, both no 15 → p_o = 0.7, p_e = 0.5, κ = 0.4. Here on 1-point items, AI first.
     */
    @Test
    void matchesTheWorkedExample() {
        AiAgreement agreement = new AiAgreement();
        add(agreement, 1, 1, 20);
        add(agreement, 1, 0, 5);
        add(agreement, 0, 1, 10);
        add(agreement, 0, 0, 15);

        assertThat(agreement.n()).isEqualTo(50);
        assertThat(agreement.share()).isCloseTo(0.7, within(1e-12));
        assertThat(agreement.kappa()).isCloseTo(0.4, within(1e-12));
    }

    /**
     * 2-point items: agreement compares points, kappa compares "met" (2 points). By Python:
     * <pre>
     * python3 -c "
     * pairs=[(2,2),(2,1),(1,1),(0,0),(2,2),(1,2),(0,1),(2,0)]; m=2; n=len(pairs)
     * share=sum(a==b for a,b in pairs)/n
     * po=sum((a>=m)==(b>=m) for a,b in pairs)/n; pa=sum(a>=m for a,b in pairs)/n; pb=sum(b>=m for a,b in pairs)/n
     * pe=pa*pb+(1-pa)*(1-pb); print(share, repr((po-pe)/(1-pe)))"
     * </pre>
     * → {@code 0.5 0.25}.
     */
    @Test
    void pointsForAgreementAndFullPointsForKappa() {
        AiAgreement agreement = new AiAgreement();
        int[][] pairs = {{2, 2}, {2, 1}, {1, 1}, {0, 0}, {2, 2}, {1, 2}, {0, 1}, {2, 0}};
        for (int[] pair : pairs) {
            agreement.add(pair[0], pair[1], 2);
        }

        assertThat(agreement.share()).isCloseTo(0.5, within(1e-12));
        assertThat(agreement.kappa()).isCloseTo(0.25, within(1e-12));
    }

    /** Undefined by definition: no items, or chance agreement of 1 (κ = 0/0): null, not NaN. */
    @Test
    void undefinedFiguresAreNull() {
        AiAgreement none = new AiAgreement();
        AiAgreement allMet = new AiAgreement();
        add(allMet, 1, 1, 4);

        assertThat(none.share()).isNull();
        assertThat(none.kappa()).isNull();
        assertThat(allMet.share()).isEqualTo(1.0);
        assertThat(allMet.kappa()).isNull();
    }

    private static void add(AiAgreement agreement, int ai, int examiner, int times) {
        for (int i = 0; i < times; i++) {
            agreement.add(ai, examiner, 1);
        }
    }
}
