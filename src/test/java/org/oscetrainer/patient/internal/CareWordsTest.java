package org.oscetrainer.patient.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * {@link CareWords}: its language lists are its own resource ({@code patient/care-words.txt}), and a missing resource or
 * section is said by name instead of a bare NullPointerException in the class's initialisation (review of benign18).
 */
class CareWordsTest {

    @Test
    void aPassagesLanguageIsToldByTheResourcesFunctionWords() {
        assertThat(CareWords.language("je suis dans la cuisine avec ma soeur")).isEqualTo("fr");
        assertThat(CareWords.language("i am in the kitchen with my sister")).isEqualTo("en");
        assertThat(CareWords.language("estoy en la cocina con mi hermana por favor")).isNull();
        assertThat(CareWords.lists("/patient/care-words.txt", "[french]", "[english]", "[other]", "[lexicon-sections]"))
                .containsKeys("[french]", "[english]", "[other]", "[lexicon-sections]");
    }

    @Test
    void theCareSectionsOfTheLexiconsAreRead() {
        assertThat(CareWords.said("my chest and my back", null)).isTrue();
        assertThat(CareWords.said("pick the kids up and feed the dog", null)).isFalse();
    }

    @Test
    void aMissingResourceOrSectionIsSaidByName() {
        assertThatThrownBy(() -> CareWords.words("/patient/no-such-lexicon.txt"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("/patient/no-such-lexicon.txt");
        assertThatThrownBy(() -> CareWords.lists("/patient/no-such-list.txt", "[french]"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("/patient/no-such-list.txt");
        assertThatThrownBy(() -> CareWords.lists("/patient/everyday-numbers.txt", "[french]"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("[french]");
    }
}
