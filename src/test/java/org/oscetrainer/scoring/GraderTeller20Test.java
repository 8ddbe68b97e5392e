package org.oscetrainer.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oscetrainer.catalog.Rubric;
import org.oscetrainer.encounter.NoteAnswer;

/**
 * grader20 (issue 13), on phrasings written here: an item stated by the student and not asked earns nothing; a leading
 * question earns at most one point of an item worth two; a hint about before (« déjà tombée ») wants the question to ask
 * about before; « du mal à », « dormir mal » are not pain nor harm; in a plan, a word that sets aside reaches what follows
 * it, not what came before.
 */
class GraderTeller20Test {

    private final Rubric rubric = new Rubric("s", 1, List.of(
            new Rubric.Item("smoking", "Asks about smoking", "history", 1, List.of("smoke", "cigarettes")),
            new Rubric.Item("alcool", "Aborde la consommation d'alcool", "history", 1, List.of("buvez", "alcool")),
            new Rubric.Item("quantite", "Quantifie la consommation", "history", 2, List.of("combien de verres", "tous les jours")),
            new Rubric.Item("chutes", "Recherche des chutes antérieures", "history", 1, List.of("déjà tombée", "autres chutes")),
            new Rubric.Item("risque", "Évalue le risque suicidaire", "history", 1, List.of("idées noires", "vous faire du mal")),
            new Rubric.Item("sommeil", "Caractérise l'insomnie", "history", 1, List.of("dormez", "sommeil")),
            new Rubric.Item("falls", "Asks about previous falls", "history", 1, List.of("fallen before", "previous falls"))));

    private int points(String item, String language, String... turns) {
        return GraderMeaningTest.points(rubric, language, item, turns);
    }

    @Test
    void anAssumptionStatedIsNotAsked() {
        assertThat(points("smoking", "en", "I'll assume you don't smoke.")).isZero();
        assertThat(points("smoking", "en", "I take it you smoke a few cigarettes.")).isZero();
        assertThat(points("alcool", "fr", "Vous buvez un peu, je suppose.")).isZero();
        // Asked, even leading, it is a question (the examiners credit a leading question the patient answers).
        assertThat(points("smoking", "en", "You don't smoke, I assume?")).isEqualTo(1);
        assertThat(points("alcool", "fr", "Vous buvez un peu, je suppose ?")).isEqualTo(1);
        assertThat(points("smoking", "en", "Do you smoke?")).isEqualTo(1);
    }

    @Test
    void aLeadingQuestionEarnsAtMostOnePointOfTwo() {
        assertThat(points("quantite", "fr", "Combien de verres, tous les jours, j'imagine ?")).isEqualTo(1);
        assertThat(points("quantite", "fr", "Combien de verres par jour ?", "Et c'est tous les jours ?")).isEqualTo(2);
    }

    @Test
    void aHintAboutBeforeWantsTheQuestionToAskAboutBefore() {
        assertThat(points("chutes", "fr", "Alors, vous êtes tombée comment ?")).isZero();
        assertThat(points("chutes", "fr", "Vous faisiez quoi juste avant de tomber ?")).isZero();
        assertThat(points("chutes", "fr", "Vous étiez déjà tombée avant ?")).isEqualTo(1);
        assertThat(points("chutes", "fr", "Vous êtes tombée auparavant ?")).isEqualTo(1);
        assertThat(points("chutes", "fr", "Est-ce que c'est la première fois que vous tombez ?")).isEqualTo(1);
        assertThat(points("chutes", "fr", "Vous tombez souvent ?")).isEqualTo(1);
        assertThat(points("falls", "en", "Any falls before that?")).isEqualTo(1);
        assertThat(points("falls", "en", "If you'd fallen before you'd have said, right?")).isEqualTo(1);
        assertThat(points("falls", "en", "What were you doing just before you fell?")).isZero();
    }

    @Test
    void difficultyAndSleepingBadlyAreNotHarm() {
        assertThat(points("risque", "fr", "Vous avez du mal à vous endormir ?")).isZero();
        assertThat(points("risque", "fr", "Vous dormez mal, c'est ça ?")).isZero();
        assertThat(points("risque", "fr", "Vous avez déjà eu envie de vous faire du mal ?")).isEqualTo(1);
        // Sleeping badly is still sleep.
        assertThat(points("sommeil", "fr", "Vous dormez mal depuis quand ?")).isEqualTo(1);
    }

    @Test
    void aWordThatSetsAsideReachesWhatFollowsNotWhatCameBefore() {
        List<String> key = List.of("Pas d'hypnotique ; sevrage encadré, vitamine B1", "Orientation CSAPA, revoir rapidement");
        Rubric plan = new Rubric("s", 1, List.of(), List.of(new Rubric.NoteItem("plan", "Quelle conduite à tenir proposez-vous ?", 2,
                key, List.of("sevrage", "vitamine B1", "CSAPA"), List.of("hypnotique", "zolpidem"))));
        assertThat(note(plan, "zolpidem 10 mg, arrêt OH, revoir dans 1 mois.")).isZero();
        assertThat(note(plan, "Sevrage encadré, vitamine B1, CSAPA, arrêt du zolpidem.")).isEqualTo(2);
    }

    private static int note(Rubric rubric, String text) {
        String question = rubric.noteItems().get(0).question();
        return new NoteScorer().score(rubric, "fr", List.of(new NoteAnswer("plan", question, text, Instant.EPOCH))).get(0).points();
    }
}
