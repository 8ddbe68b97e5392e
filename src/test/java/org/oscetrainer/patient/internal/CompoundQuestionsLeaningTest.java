package org.oscetrainer.patient.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * router23b (issue 13 review): a question names its own topic when it is long enough and points back at nothing said
 * before it; the French clitics « en », « y », « l' », « le/la/les » before a verb and the English "there" of a place
 * point back like "it" does. Written by router23b, not from any evaluation set.
 */
class CompoundQuestionsLeaningTest {

    @Test
    void aQuestionThatNamesItsTopicStandsAlone() {
        assertThat(CompoundQuestions.namesItsOwnTopic("Do you have any pets at home?")).isTrue();
        assertThat(CompoundQuestions.namesItsOwnTopic("Is there any blood in your phlegm at all?")).isTrue();
        assertThat(CompoundQuestions.namesItsOwnTopic("Il y a des antécédents dans votre famille ?")).isTrue();
        assertThat(CompoundQuestions.namesItsOwnTopic("Est-ce que vous prenez des médicaments tous les jours ?")).isTrue();
    }

    @Test
    void aShortQuestionOrOneThatPointsBackLeansOnTheWordsBefore() {
        assertThat(CompoundQuestions.namesItsOwnTopic("Since when?")).isFalse();
        assertThat(CompoundQuestions.namesItsOwnTopic("How old was he when he died?")).isFalse();
        assertThat(CompoundQuestions.namesItsOwnTopic("How long has that been going on?")).isFalse();
    }

    @Test
    void frenchCliticsAndThePlaceThereAlsoPointBack() {
        assertThat(CompoundQuestions.namesItsOwnTopic("Vous en avez parlé à votre médecin traitant ?")).isFalse();
        assertThat(CompoundQuestions.namesItsOwnTopic("Est-ce que vous l'avez montré à quelqu'un d'autre ?")).isFalse();
        assertThat(CompoundQuestions.namesItsOwnTopic("Est-ce que vous le prenez tous les matins ?")).isFalse();
        assertThat(CompoundQuestions.namesItsOwnTopic("Vous y pensez souvent dans la journée ?")).isFalse();
        assertThat(CompoundQuestions.namesItsOwnTopic("Have you had any pain there since the fall?")).isFalse();
    }
}
