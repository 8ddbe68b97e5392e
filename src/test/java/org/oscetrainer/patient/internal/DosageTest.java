package org.oscetrainer.patient.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.oscetrainer.catalog.Scenario.Fact;

class DosageTest {

    @Test
    void aQuestionAsksForADoseByItsWordsNotByMentioningOne() {
        assertThat(Dosage.asked("What dose of ramipril are you on?")).isTrue();
        assertThat(Dosage.asked("How many mls did you give him?")).isTrue();
        assertThat(Dosage.asked("C'est combien de milligrammes ?")).isTrue();
        assertThat(Dosage.asked("Do you ever miss a dose?")).isFalse();
        assertThat(Dosage.asked("Do you take any tablets?")).isFalse();
    }

    @Test
    void aFactGivesADoseWithANumberOrANumberOfTabletsOrPuffs() {
        assertThat(Dosage.given(fact("Ramipril 5 mg in the morning."))).isTrue();
        assertThat(Dosage.given(fact("Two puffs of the blue inhaler when he needs it."))).isTrue();
        assertThat(Dosage.given(fact("Un demi comprimé le soir."))).isTrue();
        assertThat(Dosage.given(fact("Just amlodipine for my blood pressure, one every morning."))).isFalse();
        assertThat(Dosage.given(fact("Je prends la pilule."))).isFalse();
    }

    private static Fact fact(String text) {
        return new Fact("f", text, List.of("x"));
    }
}
