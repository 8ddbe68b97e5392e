package org.oscetrainer.patient.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Who a question is about: relatives named in French and English, and the words that only look like one. */
class RelativesTest {

    @Test
    void theEnglishSonIsARelative() {
        assertThat(Relatives.relations("Does your son have asthma too?")).containsExactly("son");
        assertThat(Relatives.relations("Is the eldest son well?")).containsExactly("son");
        assertThat(Relatives.relations("Is John's son coming?")).containsExactly("son");
        assertThat(Relatives.relations("Any sons or daughters?")).containsExactly("son", "daughter");
        assertThat(Relatives.only("and your son?")).isTrue();
    }

    @Test
    void theFrenchPossessiveSonIsNotARelative() {
        assertThat(Relatives.relations("Sa créat et son iono ?")).isEmpty();
        assertThat(Relatives.relations("Il prend bien son biberon ?")).isEmpty();
        assertThat(Relatives.relations("Il a son inhalateur sur lui ?")).isEmpty();
        assertThat(Relatives.relations("Vous entendez des sons dans l'oreille ?")).isEmpty();
        assertThat(Relatives.relations("Et son père, il a eu un infarctus ?")).containsExactly("father");
        assertThat(Relatives.relations("Votre fils tousse aussi ?")).containsExactly("son");
    }
}
