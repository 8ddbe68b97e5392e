package org.oscetrainer.patient.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The tap code ({@link TapCode}): row then column in the square without K; examples written here. */
class TapCodeTest {

    @Test
    void rowThenColumnSpellsTheWord() {
        // g = 2,2  o = 3,4  u = 4,5  t = 4,4
        assertThat(TapCode.read("He knocked it out: •• •• / ••• •••• / •••• ••••• / •••• ••••")).isEqualTo("gout");
        assertThat(TapCode.read("** ** / *** **** / **** ***** / **** ****")).isEqualTo("gout");
        // the full stop that ends the sentence is no tap
        assertThat(TapCode.read("He knocked it: •• •• / ••• •••• / •••• ••••• / •••• ••••.")).isEqualTo("gout");
    }

    @Test
    void theReadingReachesTheTermSearch() {
        assertThat(Disguises.of("tap tap: •• •• / ••• •••• / •••• ••••• / •••• ••••").stream()
                .anyMatch(r -> "tap-code".equals(r.how()) && r.squashed().equals("gout"))).isTrue();
    }

    @Test
    void dotsThatSpellNothingAreNoCode() {
        assertThat(TapCode.read("Well... I don't know... maybe.")).isNull();
        assertThat(TapCode.read("• one bullet\n• another bullet")).isNull();
    }
}
