package org.oscetrainer.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oscetrainer.catalog.Rubric;
import org.oscetrainer.encounter.TranscriptTurn;
import org.oscetrainer.encounter.TranscriptTurn.Speaker;

/**
 * The offline grader reads what an item asks for, not only its keywords: a one-point history item is
 * earned whole, an open question where the rubric wants one, empathy that names the person's concern.
 * Items copied from the stations' rubrics (chest-pain-en, cephalee-fr, insomnie-fatigue-fr,
 * famille-en-colere-fr, low-mood-en); the student's words are written for this test.
 */
class GraderMeaningTest {

    private static final Rubric EN = new Rubric("s", 1, List.of(
            new Rubric.Item("smoking-drugs", "Asks about smoking and recreational drug use (cocaine)", "history", 1,
                    List.of("smoke", "smoker", "cigarette", "tobacco", "cocaine", "recreational drugs", "illegal drugs")),
            new Rubric.Item("mood-duration", "Asks about his mood and how long it has been low", "history", 1,
                    List.of("mood", "how long", "feeling low", "down", "depressed")),
            new Rubric.Item("empathy-rapport", "Builds rapport with empathic, non-judgemental responses",
                    "communication", 2, List.of("sounds difficult", "sounds hard", "must be hard", "sorry to hear", "take your time"))));

    private static final Rubric FR = new Rubric("s", 1, List.of(
            new Rubric.Item("tabac-toxiques", "Recherche la consommation de tabac, d'alcool et de drogues (cocaïne)", "history", 1,
                    List.of("fumez", "tabac", "cigarettes", "alcool", "drogues", "cocaïne")),
            new Rubric.Item("se-presente", "Se présente et ouvre l'entretien par une question ouverte", "communication", 1,
                    List.of("je m'appelle", "je me présente", "interne", "racontez-moi", "je vous écoute")),
            new Rubric.Item("ecoute", "Laisse s'exprimer la colère sans interrompre, par une question ouverte", "communication", 2,
                    List.of("que s'est-il passé", "racontez-moi", "qu'avez-vous vu", "je vous écoute", "expliquez-moi")),
            new Rubric.Item("reconnaissance", "Reconnaît l'émotion et les faits et présente des excuses", "communication", 2,
                    List.of("comprends votre colère", "pas acceptable", "choquée", "excuses", "regrette"))));

    /** The points the offline grader gives {@code item} for a transcript of the student's {@code turns} alone. */
    static int points(Rubric rubric, String language, String item, String... turns) {
        List<TranscriptTurn> transcript = new ArrayList<>();
        for (int i = 0; i < turns.length; i++) {
            transcript.add(new TranscriptTurn(100 + i, i + 1, Speaker.STUDENT, turns[i], null, Instant.EPOCH));
        }
        return new ChecklistScorer().score(rubric, language, transcript).stream().filter(s -> s.itemId().equals(item))
                .findFirst().orElseThrow().points();
    }

    @Test
    void aOnePointHistoryItemNeedsEveryThingItNames() {
        assertThat(points(EN, "en", "smoking-drugs", "Do you smoke?")).isZero();
        assertThat(points(EN, "en", "smoking-drugs", "Do you smoke?", "Any recreational drugs, cocaine?")).isEqualTo(1);
        assertThat(points(FR, "fr", "tabac-toxiques", "Vous fumez ?")).isZero();
        assertThat(points(FR, "fr", "tabac-toxiques", "Vous fumez, vous buvez, des drogues ?")).isEqualTo(1);
    }

    @Test
    void aPartAskedInOtherWordsCounts() {
        assertThat(points(EN, "en", "mood-duration", "How have you been in your spirits?")).isZero();
        assertThat(points(EN, "en", "mood-duration", "How have you been in your spirits, and since when?")).isEqualTo(1);
    }

    @Test
    void anOpeningThatWantsAnOpenQuestionIsNotEarnedByAClosedOne() {
        assertThat(points(FR, "fr", "se-presente", "Bonjour, je m'appelle Léa, je suis l'interne. Vous dormez mal ?")).isZero();
        assertThat(points(FR, "fr", "se-presente", "Bonjour, je m'appelle Léa, je suis l'interne. Qu'est-ce qui vous amène ?"))
                .isEqualTo(1);
        assertThat(points(FR, "fr", "se-presente", "Bonjour, je m'appelle Léa, l'interne.", "Comment puis-je vous aider ?"))
                .isEqualTo(1);
        assertThat(points(FR, "fr", "se-presente", "Bonjour, je m'appelle Léa.", "Vous avez quel âge ?", "Vous ronflez ?",
                "Racontez-moi comment vous dormez.")).isZero();
    }

    @Test
    void openAndClosedQuestions() {
        assertThat(OpenQuestions.open("What's been going on?")).isTrue();
        assertThat(OpenQuestions.open("Can you tell me what happened?")).isTrue();
        assertThat(OpenQuestions.open("Expliquez-moi ce qui s'est passé.")).isTrue();
        assertThat(OpenQuestions.open("Vous êtes en colère à cause de l'attente ?")).isFalse();
        assertThat(OpenQuestions.open("How old are you?")).isFalse();
        assertThat(OpenQuestions.open("What happened, the wait I suppose?")).isFalse();
        assertThat(OpenQuestions.open("C'est l'attente qui vous met en colère, n'est-ce pas ?")).isFalse();
        assertThat(points(FR, "fr", "ecoute", "Je vous écoute.")).isPositive();
    }

    @Test
    void formulasAloneShowEmpathyOnce() {
        assertThat(points(EN, "en", "empathy-rapport", "I'm sorry to hear that.", "That must be hard.")).isEqualTo(1);
        assertThat(points(EN, "en", "empathy-rapport", "I'm sorry to hear that.",
                "Losing your job and then the flat in the same month, that must be hard.")).isEqualTo(2);
        assertThat(points(FR, "fr", "reconnaissance", "Je vous présente mes excuses.", "Je regrette.")).isEqualTo(1);
        assertThat(points(FR, "fr", "reconnaissance", "Je comprends votre colère, la trouver seule sur un brancard depuis hier soir.",
                "Je vous présente nos excuses pour cette nuit aux urgences.")).isEqualTo(2);
        assertThat(FormulaicEmpathy.formula("Je suis vraiment désolée.")).isTrue();
        assertThat(FormulaicEmpathy.formula("That sounds awful, being told you'd lost your job the week your wife left.")).isFalse();
    }
}
