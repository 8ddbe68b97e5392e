package org.oscetrainer.patient.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.oscetrainer.catalog.Scenario.Fact;

class AskedDetailTest {

    @Test
    void aQuestionAsksForADoseByItsWordsNotByMentioningOne() {
        assertThat(AskedDetail.dose("What dose of ramipril are you on?")).isTrue();
        assertThat(AskedDetail.dose("How many mls did you give him?")).isTrue();
        assertThat(AskedDetail.dose("C'est combien de milligrammes ?")).isTrue();
        assertThat(AskedDetail.dose("Do you ever miss a dose?")).isFalse();
        assertThat(AskedDetail.dose("Do you take any tablets?")).isFalse();
    }

    @Test
    void aFactGivesADoseWithANumberOrANumberOfTabletsOrPuffs() {
        assertThat(AskedDetail.givesDose(fact("Ramipril 5 mg in the morning."))).isTrue();
        assertThat(AskedDetail.givesDose(fact("Two puffs of the blue inhaler when he needs it."))).isTrue();
        assertThat(AskedDetail.givesDose(fact("Un demi comprimé le soir."))).isTrue();
        assertThat(AskedDetail.givesDose(fact("Just amlodipine for my blood pressure, one every morning."))).isFalse();
        assertThat(AskedDetail.givesDose(fact("Je prends la pilule."))).isFalse();
    }

    @Test
    void aQuestionAsksForANameAndAFactGivesOneInTitleCaseOrByAMedicinesEnding() {
        assertThat(AskedDetail.name("What are your eye drops called?")).isTrue();
        assertThat(AskedDetail.name("C'est quelle pilule, vous vous rappelez le nom ?")).isTrue();
        assertThat(AskedDetail.name("Which blood pressure tablet is it?")).isTrue();
        assertThat(AskedDetail.name("What's your name?")).isFalse();
        assertThat(AskedDetail.name("Do you take any tablets?")).isFalse();
        assertThat(AskedDetail.givesName(fact("Just the combined pill, Microgynon, every day."))).isTrue();
        assertThat(AskedDetail.givesName(fact("Since the heart attack: aspirin, ramipril and bisoprolol."))).isTrue();
        assertThat(AskedDetail.givesName(fact("Je prends la pilule, une pilule classique, depuis dix ans."))).isFalse();
        assertThat(AskedDetail.givesName(fact("High blood pressure for years, tablets from the GP."))).isFalse();
    }

    @Test
    void aSkinsColourIsAColourGiven() {
        assertThat(AskedDetail.lacks("What colour has he been?",
                fact("His hands and feet are freezing. He looked pale and a bit blotchy when I changed him."))).isFalse();
        assertThat(AskedDetail.lacks("Il avait quelle couleur ?", fact("Il était tout marbré, les lèvres un peu bleues."))).isFalse();
        assertThat(AskedDetail.lacks("What colour was it?", fact("It started on Monday, after lunch."))).isTrue();
    }

    @Test
    void whichOneIsAskedOnlyAsAQuestionNotAsARelativePronoun() {
        assertThat(AskedDetail.side("Laquelle ?")).isTrue();
        assertThat(AskedDetail.side("Et lequel vous gêne le plus ?")).isTrue();
        assertThat(AskedDetail.side("Which wrist was it?")).isTrue();
        assertThat(AskedDetail.side("Quelle est la raison pour laquelle vous consultez aujourd'hui ?")).isFalse();
        assertThat(AskedDetail.side("C'est la chose à laquelle vous pensez ?")).isFalse();
        assertThat(AskedDetail.side("Le médicament avec lequel vous avez eu une réaction ?")).isFalse();
    }

    private static Fact fact(String text) {
        return new Fact("f", text, List.of("x"));
    }
}
