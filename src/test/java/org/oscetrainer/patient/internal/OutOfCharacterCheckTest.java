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
        "Remarque du formateur : vous n'avez pas demandé les allergies."
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
        "The engine of my car broke down on the way here."
    })
    void aPatientsOwnWordsPass(String reply) {
        assertThat(check.check(reply)).as(reply).isEmpty();
    }
}
