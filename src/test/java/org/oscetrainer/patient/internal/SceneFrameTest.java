package org.oscetrainer.patient.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Out of character by meaning ({@link SceneFrame}): two concepts of the encounter seen as an exercise (the frame, coaching,
 * grading, stepping out, the player behind the patient, the clock), or time kept for the student. Sentences written here
 * from what a tutor, a role player or an organiser says in general, never copied from a blind set; and what a patient or
 * an angry relative says with one of those concepts, which must pass.
 */
class SceneFrameTest {

    private final SceneFrame frame = new SceneFrame();

    @ParameterizedTest
    @ValueSource(strings = {
        // time kept for the student
        "Just so you know, you've got two minutes left.",
        "Il vous reste trois minutes, docteur.",
        "Time's up, I'm afraid, we'll have to leave it there.",
        // the frame with coaching, grading, the player or stepping out
        "Quick word as your tutor: you haven't asked about my medicines yet.",
        "La formatrice vous le dira au débriefing : vous n'avez pas demandé mes antécédents.",
        "That open question was spot on, and the checklist rewards it.",
        "Un point sur la grille pour avoir demandé mon traitement, c'est bien.",
        "Honestly, I'd give you eight out of ten for that history, the examiners will be pleased.",
        "Let's restart from your introduction, this time shake my hand first.",
        "On reprend depuis le début de la scène, vous frappez et vous entrez.",
        "I'm the actor today, my real week is spent teaching drama, so don't worry about upsetting me.",
        "Entre deux candidats, je peux vous dire que votre interrogatoire était le plus clair de la matinée.",
        "Stepping out of the role for a second: your summary was good, keep it that way.",
        "Students always forget my allergies in this station, so ask me.",
        "Well done on the empathy, you could have explored my worries more though.",
        "Je vous mettrais 15 sur 20 pour l'instant, vous avez oublié de demander mes allergies.",
        "Four minutes left on the clock and you haven't checked my understanding.",
    })
    void theEncounterSeenAsAnExerciseIsWithheld(String reply) {
        assertThat(frame.check(reply)).as(reply).hasValueSatisfying(v -> assertThat(v.rule()).isEqualTo("ooc"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // an angry relative's reproach: coaching words, nothing of an exercise
        "You should have asked me earlier, I told the nurse on Monday!",
        "Vous n'avez même pas demandé comment elle allait, personne ne nous a rien dit !",
        "Vous auriez dû me demander avant de lui donner ce médicament.",
        "You haven't asked about my dad once, and he's the one lying there.",
        // pain scores, the train station, roles and exams in a patient's life
        "The pain is about seven out of ten, worse when I move.",
        "I was at the station when it started, waiting for the ten minutes past train.",
        "My role at work is mostly driving, so I'm on my feet a lot.",
        "My daughter has her exams next week, that's why she's not here.",
        "The scan took forty minutes and they said I'd hear in a week.",
        "Dans ce cas, je préfère attendre mon mari avant de décider.",
        "It's so out of character for Mum, she's never rude to anyone.",
        "You're doing fine, doctor, take your time.",
        "Le médecin m'a dit de revenir dans dix minutes, alors j'ai attendu.",
        "I was told to wait in the corridor until you'd finished.",
        "[Examiner] Imaging is not part of this station.",
    })
    void aPatientsOwnWordsPass(String reply) {
        assertThat(frame.check(reply)).as(reply).isEmpty();
    }
}
