package org.oscetrainer.patient.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The senses the out-of-character reader reads (guard19): words of one situation of a person at work in a teaching
 * exercise share a feature, so that a word no set held weighs as its kin did.
 */
class ReaderSensesTest {

    @Test
    void wordsOfOneSituationShareASense() {
        assertThat(ReaderSenses.SENSES.of("headset")).isEqualTo("@kit");
        assertThat(ReaderSenses.SENSES.of("oreillette")).isEqualTo("@kit");
        assertThat(ReaderSenses.SENSES.of("wig")).isEqualTo("@costume");
        assertThat(ReaderSenses.SENSES.of("perruque")).isEqualTo("@costume");
        assertThat(ReaderSenses.SENSES.of("reassigned")).isEqualTo("@case");
        assertThat(ReaderSenses.SENSES.of("rehearsing")).isEqualTo("@case"); // the start of a word
        assertThat(ReaderSenses.SENSES.of("newsletter")).isEqualTo("@recording");
        assertThat(ReaderSenses.SENSES.of("faculty")).isEqualTo("@teaching");
        assertThat(ReaderSenses.SENSES.of("corridor")).isEqualTo("@building");
        assertThat(ReaderSenses.SENSES.of("overtime")).isEqualTo("@work");
        assertThat(ReaderSenses.SENSES.of("chest")).isNull();
        assertThat(ReaderSenses.SENSES.of("make")).isNull(); // "make-up" cut in two: "make" alone says nothing
    }

    @Test
    void theReaderWeighsASenseWithTheWordBeforeItAndTheSensesOfItsClause() {
        List<String> features = new ArrayList<>();
        OutOfCharacterReader.features(new ReplyText("The technician says my earpiece is dead. Sorry.").foldedWords(),
                features::add);
        assertThat(features).contains("earpiece", "@kit", "my @kit", "@kit @kit").doesNotContain("sorry @kit");
        List<String> without = new ArrayList<>();
        OutOfCharacterReader.features(new ReplyText("The technician says my earpiece is dead.").foldedWords(),
                without::add, false);
        assertThat(without).contains("earpiece").noneMatch(f -> f.contains("@"));
    }
}
