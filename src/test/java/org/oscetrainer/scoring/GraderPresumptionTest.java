package org.oscetrainer.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.oscetrainer.catalog.Rubric;

/**
 * Questions that presume their answer, closed checks of understanding, dismissals and clinical abbreviations
 * (issue 13, branch grader7), in English and French.
 */
class GraderPresumptionTest {

    private final Rubric rubric = new Rubric("s", 1, List.of(
            new Rubric.Item("concerns", "Explores ideas, concerns and expectations", "communication", 1,
                    List.of("worried", "pregnant")),
            new Rubric.Item("pregnancy", "Asks about pregnancy", "history", 1, List.of("pregnant")),
            new Rubric.Item("alcool", "Aborde la consommation d'alcool de façon neutre et sans jugement", "history", 1,
                    List.of("buvez", "alcool")),
            new Rubric.Item("fievre", "Recherche une fièvre", "history", 1, List.of("fièvre")),
            new Rubric.Item("droits", "Informe des droits (réclamation, plainte)", "professionalism", 1,
                    List.of("plainte", "réclamation")),
            new Rubric.Item("comprehension", "Vérifie la compréhension par la reformulation", "communication", 2,
                    List.of("redire", "reformuler")),
            new Rubric.Item("connaissances", "Explore ce que la patiente sait déjà", "communication", 2,
                    List.of("qu'avez-vous compris", "que savez-vous")),
            new Rubric.Item("emotion", "Accueille l'émotion", "communication", 2, List.of("difficile", "colère")),
            new Rubric.Item("sans-blame", "Explique sans rejeter la faute sur un collègue", "professionalism", 1,
                    List.of("infirmière", "logiciel")),
            new Rubric.Item("pmh", "Asks about past medical history", "history", 1, List.of("past medical history"))));

    private int points(String item, String language, String... turns) {
        return GraderMeaningTest.points(rubric, language, item, turns);
    }

    @Test
    void aLeadingQuestionStillAsksAHistoryItemButExploresNoConcern() {
        assertThat(points("pregnancy", "en", "You're not pregnant or anything, are you?")).isEqualTo(1);
        assertThat(points("concerns", "en", "You're not pregnant or anything, are you?")).isZero();
        assertThat(points("concerns", "en", "Are you worried you might be pregnant?")).isEqualTo(1);
        assertThat(points("fievre", "fr", "Pas de fièvre, hein ?")).isEqualTo(1);
        assertThat(points("concerns", "en", "You're worried you might be pregnant, right?")).isZero();
        assertThat(points("concerns", "en", "Is that what worries you, or not really, on the right?")).isEqualTo(1);
    }

    @Test
    void anAssumptionEarnsNoItemThatWantsNeutralityNorAnyProfessionalItem() {
        assertThat(points("alcool", "fr", "Et vous buvez, j'imagine ?")).isZero();
        assertThat(points("alcool", "fr", "Est-ce que vous buvez de l'alcool ?")).isEqualTo(1);
        assertThat(points("droits", "fr", "Vous n'allez pas porter plainte pour ça, quand même ?")).isZero();
        assertThat(points("droits", "fr", "Si vous souhaitez faire une réclamation, je vous donne les coordonnées.")).isEqualTo(1);
    }

    @Test
    void aClosedCheckOfUnderstandingIsOnePointOfTwoAndExploresNothing() {
        assertThat(points("comprehension", "fr", "Vous avez compris ?")).isEqualTo(1);
        assertThat(points("comprehension", "fr", "Pouvez-vous me redire avec vos mots ce que vous avez retenu ?")).isEqualTo(2);
        assertThat(points("connaissances", "fr", "Vous avez compris ?")).isZero();
        assertThat(points("connaissances", "fr", "Qu'avez-vous compris de ce qu'on vous a dit ?")).isEqualTo(1);
    }

    @Test
    void aDismissalOrAShiftedBlameEarnsNothing() {
        assertThat(points("emotion", "fr", "Je comprends, c'est difficile, mais il faut avancer.")).isZero();
        assertThat(points("emotion", "fr", "Je comprends que ce soit difficile pour vous.")).isEqualTo(1);
        assertThat(points("sans-blame", "fr", "C'est l'infirmière des urgences qui aurait dû la reporter, normalement.")).isZero();
        assertThat(points("sans-blame", "fr", "Ce n'est pas de notre faute, c'est le logiciel qui ne marche jamais.")).isZero();
        assertThat(points("sans-blame", "fr", "L'infirmière a très bien réagi, et nous allons revoir le logiciel.")).isEqualTo(1);
    }

    @Test
    void aClinicalAbbreviationIsReadForTheWordsItStandsFor() {
        assertThat(points("pmh", "en", "Any PMH?")).isEqualTo(1);
        assertThat(points("pmh", "en", "Any problems?")).isZero();
    }
}
