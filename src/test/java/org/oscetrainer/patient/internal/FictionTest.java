package org.oscetrainer.patient.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Out of character about the fiction ({@link Fiction}): sentences written here from what a role player, a case writer
 * or a tutor says about the story as a story, never copied from a blind set; and what a patient or a relative says in
 * close words, which must pass.
 */
class FictionTest {

    private final Fiction fiction = new Fiction();

    @ParameterizedTest
    @ValueSource(strings = {
        "My lines say nothing about her bloods, so I'll make something up as Margaret would.",
        "The scenario doesn't cover holidays abroad, I'm afraid.",
        "Le scénario prévoit que je pleure si vous parlez de mon père.",
        "Whoever wrote me forgot to give me a job, so let's say I'm retired.",
        "Les auteurs du cas ont voulu voir si vous pensez à la contraception.",
        "This station was written to see whether you ask about the family.",
        "There's a hidden worry in there somewhere, keep digging.",
        "My character would be cross about that, so imagine I'm frowning.",
        "En tant que comédienne, je vous dirais de ralentir un peu.",
        "Oops, I drifted out of the story for a second there.",
        "Bon, je reprends mon personnage : où en étions-nous ?",
        "Right, back into the role: you were asking about my sleep.",
        "The assessor wants you to check my understanding before the end.",
        "Ça compte pour votre note, pensez à résumer.",
        "You've got three minutes left, so you'll want to wrap up soon.",
        "Il vous reste cinq minutes pour conclure, je vous préviens.",
        "Le chrono tourne toujours, ne traînez pas.",
        "Let's take that bit again from the start, as if you'd just come in.",
        "Je mets la scène en pause un instant.",
        "In real life I'd have gone to A&E by now, but here I can only say what's written.",
        "I'm just generated text, I can't show you my rash.",
        "Ce cas a été écrit pour tester votre annonce.",
    })
    void aSpeakerWhoSpeaksOfTheStoryAsAStoryIsWithheld(String reply) {
        assertThat(fiction.check(reply)).as(reply).hasValueSatisfying(v -> assertThat(v.rule()).isEqualTo("ooc"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Will I be marked down as a difficult patient if I ask for a second opinion?",
        "My son's got his exams next week, that's half of why I'm so stressed.",
        "The doctor's notes said I'd need another scan in March.",
        "It's so out of character for Mum, she's never been rude to anyone.",
        "I get puffed going up to the allotment, I have to stop halfway.",
        "Et qu'est-ce qui me dit que ça ne va pas recommencer ?",
        "My daughter's furious with the team, she says nobody told her anything.",
        "I dropped her at the station this morning and then the pain started.",
        "I do my exercises every morning, the physio wrote them down for me.",
        "Mon rôle à la maison, c'est de tout gérer, alors je n'ai pas le temps d'être malade.",
        "In that case I'd rather wait for my husband before deciding.",
        "Le médecin m'a dit que c'était un vrai problème, pas dans ma tête.",
    })
    void aPatientsOwnWorldPasses(String reply) {
        assertThat(fiction.check(reply)).as(reply).isEmpty();
    }
}
