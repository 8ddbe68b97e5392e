package org.oscetrainer.patient.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The out-of-character check on a tutor's voice: feedback on the student's performance, which no patient gives,
 * in English and French; and what a patient does say in the same words, which must pass. Written from general
 * knowledge of how a model slips into the examiner's or teacher's role (the class was named in the report of
 * blind set 11; none of its replies was read).
 */
class OutOfCharacterCheckTest {

    private final OutOfCharacterCheck check = new OutOfCharacterCheck();

    @ParameterizedTest
    @ValueSource(strings = {
        "Good question. In a real OSCE you would also ask about my bowels before moving on.",
        "As your examiner, I'd point out you haven't asked about allergies yet.",
        "A good candidate would ask about the pain radiating at this point.",
        "Your history taking is very thorough so far, well done.",
        "You'd lose marks if you don't check my medication list.",
        "Quick feedback on your questions: try to keep them open.",
        "Dans un vrai ECOS, vous devriez demander mes antécédents familiaux maintenant.",
        "En tant que votre examinatrice, je vous conseille de reformuler.",
        "Un bon interne demanderait d'abord si j'ai de la fièvre.",
        "Votre interrogatoire est un peu trop fermé, essayez des questions ouvertes.",
        "Petit retour sur votre prestation : vous coupez la parole.",
        "Okay, dropping the act for a second: you should ask about my allergies.",
        "Let me step out of the role briefly and explain what the case is testing.",
        "Je mets mon personnage de côté un instant pour vous aider.",
        "Hors personnage : pensez à demander les antécédents.",
        "This conversation is generated text from a scenario engine.",
        "Je suis une voix de synthèse, pas une vraie patiente.",
        "According to my character outline I shouldn't mention that yet.",
        "D'après la fiche du personnage, je fume depuis vingt ans.",
        "Trainer's tip: summarise before you move on.",
        "Remarque du formateur : vous n'avez pas demandé les allergies.",
        "You should have asked about red flags before moving on to the examination.",
        "Vous auriez dû demander ses antécédents familiaux avant de parler du traitement."
    })
    void aTutorsVoiceIsOutOfCharacter(String reply) {
        assertThat(check.check(reply)).as(reply).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "I'd like some feedback from the hospital on how this mistake happened.",
        "My daughter says I should ask you about the tablets.",
        "A good friend of mine had a fall last year too.",
        "Le médecin m'a dit que c'était une vraie urgence.",
        "Je veux un retour de l'hôpital sur cette erreur.",
        "Is that a real problem, doctor? Will I lose my driving licence?",
        "I had to drop the kids at school and then set the table for lunch.",
        "My husband is an actor, he's away on tour.",
        "J'ai laissé le jeu de cartes sur la table, ma fille joue avec.",
        "The engine of my car broke down on the way here.",
        // anger at being asked too late is a relative's, not a tutor's
        "You should have asked me earlier! I told the nurse on Monday that she wasn't eating.",
        "You should've asked her first, before you gave her that tablet.",
        "Vous auriez dû me demander plus tôt, je l'avais dit à l'infirmière dès lundi !",
        "On aurait dû me demander avant de le laisser dans ce couloir."
    })
    void aPatientsOwnWordsPass(String reply) {
        assertThat(check.check(reply)).as(reply).isEmpty();
    }

    /** Out of the story with no machine word: the encounter as an exercise, a tutor's coaching, the actor, a replay. */
    @ParameterizedTest
    @ValueSource(strings = {
        "This case is really testing whether you think about my medication list.",
        "For the purposes of this exercise, let's say I've never smoked.",
        "Good open question! Now try to narrow it down.",
        "That's exactly the right question to ask at this point.",
        "You should have asked about my family history earlier.",
        "A candidate is expected to explore my worries before the plan.",
        "You have five minutes left, so you might want to summarise.",
        "You've covered most of the key points, well done.",
        "That would earn you a mark on the checklist.",
        "I'd give you eight out of ten for that consultation.",
        "That's not in my lines, I'm afraid, so I'll stick to the brief.",
        "The patient would say she doesn't know, at this stage.",
        "Shall we restart the scenario from the beginning?",
        "I can play another patient if you prefer.",
        "In real life I'm an actor, but let's carry on.",
        "Let's pretend none of this happened.",
        "The learning objectives here are about breaking bad news.",
        "Tu aurais dû demander mes antécédents avant de parler du traitement.",
        "Pensez à demander si la douleur irradie.",
        "Bonne question ouverte, continuez comme ça.",
        "Vous êtes censé explorer mes inquiétudes à ce stade.",
        "Il vous reste deux minutes avant la sonnerie.",
        "Ce cas teste surtout votre capacité à annoncer une mauvaise nouvelle.",
        "Pour les besoins de l'exercice, disons que je ne fume pas.",
        "On peut recommencer le scénario si vous voulez.",
        "Je peux jouer une autre patiente si vous préférez.",
        "Ça vous ferait perdre des points sur la grille d'évaluation.",
        "L'examinateur attend que vous me demandiez mes traitements.",
        "Votre démarche est très structurée, bravo.",
        "Selon mon texte, je ne dois pas parler de ma sœur.",
        "I'll step out of Arthur for a moment to explain.",
        "Quick note, not Susan speaking: ask about her sleep.",
        "Petite remarque, ce n'est plus Kate qui parle : demandez le carnet de santé."
    })
    void theEncounterSeenFromOutsideIsOutOfCharacter(String reply) {
        assertThat(check.check(reply)).as(reply).isPresent();
    }

    /** What a patient says in the same words: idioms, prescriptions, jobs, the GP's exam, a kindness, a worry. */
    @ParameterizedTest
    @ValueSource(strings = {
        "I'm not a doctor, but it felt like my heart was racing.",
        "The doctor told me to take two tablets a day.",
        "My role at work is to manage the night shift.",
        "The exam the GP did last week was normal, he said.",
        "I had the scan on Tuesday.",
        "I practise yoga twice a week.",
        "I've run out, I need my script for the tablets renewed.",
        "My discharge instructions said to rest for a week.",
        "You're doing fine, doctor, don't worry.",
        "I was expecting you to ask about my knee, it's the worst part.",
        "In this case tests would reassure me.",
        "In any case, the worst-case scenario is surgery, isn't it?",
        "You could ask my wife, she was there.",
        "I get the point, but I'm still scared.",
        "Good question, I honestly don't know.",
        "I got three points on my licence last year.",
        "The train station was packed this morning.",
        "I only have a few minutes left on the parking meter.",
        "Je ne suis pas médecin, mais ça m'inquiète.",
        "Dans ce cas, je préfère attendre les résultats.",
        "Le pire scénario, c'est l'opération, non ?",
        "Il faut demander à ma fille, c'est elle qui gère les médicaments.",
        "Le médecin m'a dit de ne pas forcer.",
        "Je fais de l'exercice tous les matins.",
        "C'est une bonne question, je n'y avais pas pensé.",
        "La station debout prolongée me fait mal au dos.",
        "Vous êtes censé m'annoncer les résultats aujourd'hui, non ?",
        "Mon rôle au travail, c'est de gérer l'équipe de nuit.",
        "Il me reste dix minutes avant mon bus.",
        "I had to step out of Tesco for a moment, I felt dizzy.",
        "It's not me talking, it's the pain."
    })
    void aPatientsOwnWordsAboutTheVisitPass(String reply) {
        assertThat(check.check(reply)).as(reply).isEmpty();
    }
}
