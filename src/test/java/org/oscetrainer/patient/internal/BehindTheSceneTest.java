package org.oscetrainer.patient.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Out of character with no word of the exercise ({@link BehindTheScene}): the speaker coaching or judging the doctor's
 * interviewing, being watched, a next student waiting, a real life apart, a room known from every other day. Written
 * here from what a role player or a tutor does, never copied from a blind set; a patient's own words pass.
 */
class BehindTheSceneTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Try asking me what I think is going on, you'll get more out of me that way.",
        "You might want to check what I've understood before you move on.",
        "Next time you could sit down first, it feels less rushed.",
        "It helps if you avoid jargon, say heart rather than cardiac.",
        "Pensez à vérifier ce que j'ai compris avant de passer à la suite.",
        "Essayez de me laisser parler un peu plus avant de couper.",
        "That was a lovely clear summary, you didn't miss anything.",
        "Nicely summarised, you got everything in the right order.",
        "Très bon résumé, vous n'avez rien oublié.",
        "Vous avez très bien reformulé, je n'aurais pas dit mieux.",
        "I bet they're all watching us from next door right now.",
        "Don't mind the people behind the glass, they're only taking notes.",
        "On nous regarde depuis la salle d'à côté, ne vous en faites pas.",
        "We'd better hurry, the next one's waiting outside.",
        "Le suivant attend déjà dans le couloir, dépêchons-nous.",
        "Honestly, my real kids are about her age, so this one gets to me.",
        "The woman playing the mum is a mum herself, you know.",
        "You're my sixth today, and every student today forgets the cat.",
        "They always keep this room like a fridge, I should have brought a cardigan.",
        "It's freezing in this room and I'm starving, is it nearly lunch?",
    })
    void talkFromBehindTheSceneIsOutOfCharacter(String reply) {
        assertThat(new BehindTheScene().check(new ReplyText(reply))).as(reply)
                .hasValueSatisfying(v -> assertThat(v.rule()).isEqualTo(OutOfCharacterCheck.RULE));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Thank you doctor, you explained it well.",
        "That's a good question, doctor.",
        "You're the doctor, what do you think?",
        "I'll try to ask my daughter about it tonight.",
        "I must remember to ask about my tablets.",
        "I came in on my lunch break, I have to be back by two.",
        "It's freezing in here, can I keep my coat on?",
        "I've got my own kids to look after too, I can't be here every day.",
        "Vous pourriez demander si ma fille peut venir ?",
        "The nurses are watching my heart on the monitor.",
        "They could see the stone on the screen, the doctor showed me.",
        "Il faut demander à ma fille, elle sait tout.",
        "You should ask my wife, she remembers better than me.",
        "I was expecting you to ask about my knee.",
        "You haven't even asked how she is!",
        "Next time I'll ask the GP sooner.",
        "[Examiner] The next one is waiting: the pulse is regular.",
        "Will I be out before lunch? My husband is waiting outside.",
    })
    void aPatientsOwnWordsPass(String reply) {
        assertThat(new BehindTheScene().check(new ReplyText(reply))).as(reply).isEmpty();
    }
}
