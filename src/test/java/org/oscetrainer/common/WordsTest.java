package org.oscetrainer.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordsTest {

    @Test
    void dropsFunctionWordsAccentsAndPunctuationInBothLanguages() {
        assertThat(Words.stems("Do you have any fever?")).containsExactly("fever");
        assertThat(Words.stems("Avez-vous de la fièvre ?")).containsExactly("fievr");
        assertThat(Words.stems("Est-ce que ça irradie dans le bras ?")).containsExactly("irradi", "bras");
    }

    @Test
    void trimsCommonEndingsSoThatVariantsMeet() {
        assertThat(Words.stems("smoking")).containsExactly("smok");
        assertThat(Words.sameStem(Words.stems("smoke").get(0), Words.stems("smoking").get(0))).isTrue();
        assertThat(Words.sameStem("radiat", "radiating")).isTrue();
        assertThat(Words.sameStem("arm", "army")).isFalse();
    }
}
