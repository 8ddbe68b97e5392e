package org.oscetrainer.patient.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The persona seen from outside ({@link OutsideThePersona}): a life read off a paper, the encounter as pretend, a remark
 * to the people watching, the interview directed from outside it. Written here from what a role player or a tutor
 * does, never copied from a blind set; a patient's own words in the same vocabulary pass.
 */
class OutsideThePersonaTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Between us, I only learnt her whole story off a sheet of paper at nine this morning.",
        "J'ai appris toute sa vie sur une fiche ce matin, alors pardonnez-moi si j'hésite.",
        "Don't worry, it's all make-believe, nobody's really ill here.",
        "We're only pretending, so relax and carry on.",
        "Pas de panique, c'est pour de faux, continuez.",
        "A little wave for the people behind the mirror, they love that.",
        "Coucou aux observateurs, on fait de notre mieux !",
        "Get down to my eye level, it makes a big difference to someone lying here.",
        "Look at me rather than your clipboard when you ask the next one.",
        "Arrêtez de lire votre fiche, regardez-moi.",
        "Start with an open question, then narrow it down.",
        "Commencez par une question ouverte, ça me mettra à l'aise.",
        "Just the real me for a moment: my train home is at five, so let's keep going.",
        "You're my last student before lunch, so no pressure.",
        "Vous êtes le dernier étudiant avant la pause, courage.",
    })
    void thePersonaSeenFromOutsideIsOutOfCharacter(String reply) {
        assertThat(new OutsideThePersona().check(new ReplyText(reply))).as(reply)
                .hasValueSatisfying(v -> assertThat(v.rule()).isEqualTo(OutOfCharacterCheck.RULE));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "I read about it on the leaflet they gave me, but I didn't understand much.",
        "This can't be real, I only came in for a cough.",
        "Don't pretend it's nothing, doctor, I can see your face.",
        "Look at me when you talk to me, not at that computer!",
        "Sit down, doctor, you're making me nervous.",
        "C'est faux, je n'ai jamais dit ça.",
        "Ce n'est pas du cinéma, elle souffre vraiment !",
        "I was playing football when it started.",
        "I looked in the mirror this morning and I was all yellow.",
        "This isn't the real me, doctor, I used to be the life and soul.",
        "You're my last hope before they send me home again.",
        "[Examiner] Start with an open question: the candidate did.",
    })
    void aPatientsOwnWordsPass(String reply) {
        assertThat(new OutsideThePersona().check(new ReplyText(reply))).as(reply).isEmpty();
    }
}
