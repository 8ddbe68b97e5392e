package org.oscetrainer.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oscetrainer.scoring.GraderMeaningTest.points;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.oscetrainer.catalog.Rubric;

/**
 * Branch grader8 (issue 13): plans said in lay words or as a shared decision, hints that say a denial, bracketed
 * examples that name their part, examinations named or previewed but not done, plain sympathy, harms made ordinary
 * and "the right to be angry". Items written after the stations' rubrics; the student's words are written for this
 * test, not taken from a blind set.
 */
class GraderPlansTest {

    private static final Rubric EN = new Rubric("s", 1, List.of(
            new Rubric.Item("admission", "Explains the plan: admission and a surgical review", "management", 2,
                    List.of("admit", "hospital", "surgical team", "specialist")),
            new Rubric.Item("imaging", "Arranges a CT head", "management", 1, List.of("ct head", "scanner")),
            new Rubric.Item("face-neck", "Examines the JVP", "examination", 1, List.of("jvp", "jugular venous pressure")),
            new Rubric.Item("precordium", "Auscultates the four areas", "examination", 1, List.of("listen to your heart", "auscultate")),
            new Rubric.Item("consent", "Asks permission to examine", "communication", 1, List.of("permission", "consent", "may i examine")),
            new Rubric.Item("empathy", "Responds with empathy", "communication", 2, List.of("sounds hard", "must be difficult"))));

    private static final Rubric FR = new Rubric("s", 1, List.of(
            new Rubric.Item("hospitalisation", "Explique la suite (hospitalisation, surveillance)", "management", 1,
                    List.of("hospitalisation", "rester à l'hôpital", "surveillance")),
            new Rubric.Item("alternatives", "Présente les alternatives à l'opération", "management", 2,
                    List.of("alternatives", "sans opération", "ne rien faire")),
            new Rubric.Item("dispositif", "Présente le dispositif d'annonce (infirmière d'annonce, psychologue) et l'ALD à 100 %",
                    "management", 1, List.of("infirmière", "psychologue", "ALD", "100 %")),
            new Rubric.Item("suivi", "Organise le suivi", "management", 1, List.of("revoir", "rendez-vous")),
            new Rubric.Item("lachman", "Recherche un signe de Lachman", "examination", 1, List.of("lachman")),
            new Rubric.Item("excuses", "Présente des excuses sincères", "professionalism", 1, List.of("excuses", "regrette")),
            new Rubric.Item("droits", "Informe des droits du patient (plainte, commission des usagers)", "professionalism", 1,
                    List.of("droit", "plainte", "commission des usagers")),
            new Rubric.Item("emotion", "Reconnaît l'émotion", "communication", 1, List.of("difficile", "choc"))));

    @Test
    void aPlanSaidInLayWordsOrAsASharedDecisionCounts() {
        assertThat(points(EN, "en", "admission", "We'd like to keep you in overnight.")).isPositive();
        assertThat(points(EN, "en", "admission", "I'm going to ask the surgeons to come and have a look at you.")).isPositive();
        assertThat(points(EN, "en", "imaging", "We'll get a scan of your brain this afternoon.")).isEqualTo(1);
        assertThat(points(FR, "fr", "hospitalisation", "On préfère vous garder quelques jours.")).isEqualTo(1);
        assertThat(points(FR, "fr", "suivi", "Je vous revois dans un mois.")).isEqualTo(1);
    }

    @Test
    void aHintThatSaysADenialNeedsOne() {
        assertThat(points(FR, "fr", "alternatives", "Bonjour, je m'appelle Léa, interne de chirurgie.")).isZero();
        assertThat(points(FR, "fr", "alternatives", "Vous pouvez aussi décider de ne pas vous faire opérer.")).isEqualTo(1);
    }

    @Test
    void anExampleInBracketsNamesItsPart() {
        assertThat(points(FR, "fr", "dispositif", "Une infirmière vous recevra après.")).isZero();
        assertThat(points(FR, "fr", "dispositif", "Une infirmière vous recevra après.", "Tout est pris en charge à 100 %."))
                .isEqualTo(1);
    }

    @Test
    void anExaminationDeclinedPutOffOrPreviewedIsNotDone() {
        assertThat(points(FR, "fr", "lachman", "Le Lachman, je le ferai plus tard.")).isZero();
        assertThat(points(FR, "fr", "lachman", "Le Lachman, je ne le fais pas aujourd'hui.")).isZero();
        assertThat(points(FR, "fr", "lachman", "Je fais le Lachman.")).isEqualTo(1);
        String preview = "I'm going to listen to your heart and check your neck, is that okay?";
        assertThat(points(EN, "en", "precordium", preview)).isZero();
        assertThat(points(EN, "en", "consent", preview)).isEqualTo(1);
        assertThat(points(EN, "en", "precordium", "Now I'll listen to your heart.")).isEqualTo(1);
    }

    @Test
    void anExaminationDescribedInPlainWordsCounts() {
        assertThat(points(EN, "en", "face-neck", "Next I'm looking at the vein in your neck.")).isEqualTo(1);
    }

    @Test
    void plainSympathyCountsAndAHarmMadeOrdinaryDoesNot() {
        assertThat(points(EN, "en", "empathy", "Oh, that must have been so frightening.")).isPositive();
        assertThat(points(FR, "fr", "emotion", "Ça a dû être très dur pour vous.")).isEqualTo(1);
        assertThat(points(FR, "fr", "excuses", "Je regrette, ce sont des choses qui arrivent.")).isZero();
        assertThat(points(FR, "fr", "droits", "Une plainte ne servirait à rien, vous savez.")).isZero();
        assertThat(points(FR, "fr", "droits", "Vous avez tout à fait le droit d'être fâchée.")).isZero();
        assertThat(points(FR, "fr", "droits", "Vous pouvez porter plainte ou saisir la commission des usagers.")).isEqualTo(1);
    }
}
