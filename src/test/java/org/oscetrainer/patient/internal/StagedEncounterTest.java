package org.oscetrainer.patient.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Out of character by the world the speaker lives in ({@link StagedEncounter}): the assessment around the visit, told
 * without a machine or actor word. Examples of my own invention, in English and French, none copied from a blind set:
 * each fills a role the design sets showed in other words (the channel, the staging, the series of interviews, the
 * scoring, the performer) or one a staged consultation holds that no set showed yet. A patient's own life in the same
 * words passes.
 */
class StagedEncounterTest {

    /** Pat Morris, the persona of these examples. */
    private static StagedEncounter check() {
        return new StagedEncounter(List.of("Pat", "Morris"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // the speaker's words made elsewhere
        "Bear with me, my replies are dictated by a gentleman upstairs and he's a slow typist.",
        "Mes réponses sont dictées par quelqu'un en régie, alors il y a un petit délai.",
        "You won't get much from my face, I'm just the voice behind the curtain today.",
        // directed in how to come across
        "They asked me to seem a lot calmer with you than with the last lot, so forgive the smile.",
        "On m'a demandé de paraître plus fatiguée à partir de maintenant.",
        "I'll wince the way we were told to when you get near the sore bit.",
        // the interviewer's words through a channel
        "Could you say that again? Your last question never got through to me at all.",
        "Tout ce que vous écrivez après la deuxième ligne est coupé, faites court.",
        "Hold on, my connection froze, I lost the end of that.",
        // staging
        "Mind the tray of props by the sink, the bandages on it aren't mine.",
        "The gentleman by the window will tell you what you'd hear with the stethoscope.",
        "There's no patient here, love, just me and a chair.",
        // the day as a series
        "You're my sixth student since lunch and the first to sit down.",
        "C'est mon cinquième entretien de la journée, excusez la voix.",
        "The next candidate is waiting outside so I'll be quick.",
        "In the previous room I was a man with gout, so I keep reaching for my toe.",
        // the story's end
        "We never find out how it turns out for Pat, do we?",
        // performing for the interviewer
        "I'm only doing the limp for you, my hip's fine.",
        "Je fais juste la grand-mère perdue pour vous, hein.",
        "I've played Pat loads of times, you get to know her.",
        "J'ai déjà joué cette patiente l'an dernier avec une autre promo.",
        "Was that convincing, the bit where I went quiet?",
        // observed and scored
        "Don't mind the lady in the corner, she's only timing you.",
        "The man behind the mirror keeps writing things down.",
        "Honestly, with questions like that you'll sail through this.",
        "Your score will be fine, don't fret about the beginning.",
        "Keep an eye on the timer, you've gone quiet.",
    })
    void aSpeakerInAStagedEncounterIsOutOfCharacter(String reply) {
        assertThat(check().check(new ReplyText(reply))).as(reply)
                .hasValueSatisfying(v -> assertThat(v.rule()).isEqualTo(OutOfCharacterCheck.RULE));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "I'm still waiting for my exam results from the college, it's nerve-racking.",
        "The doctor before you said it was probably a virus.",
        "I've been waiting two hours, I'm not complaining, just tired.",
        "My daughter is a nurse, she told me to come in.",
        "I rehearsed what to say in the car so I wouldn't forget anything.",
        "The nurse told me to show her my feet and she said they looked fine.",
        "My wife told me to sound the alarm if the pain came back.",
        "In the last one I had terrible sickness, this pregnancy is easier.",
        "Dans la précédente j'avais eu des saignements aussi, au début.",
        "The next one comes in at twenty past, the bus I mean, so I'll be fine.",
        "Le prochain bus passe dans dix minutes, j'ai le temps.",
        "It's the fourth time today I've been sick.",
        "On ne nous dit jamais ce qu'elle a, à mon père, c'est insupportable.",
        "Nobody ever tells us anything, in the end we just gave up asking.",
        "They never tell us what's wrong with him, we have to chase everyone.",
        "I'm the voice of reason in our house, believe me.",
        "I hear a little voice in my ear telling me I'm useless.",
        "I've done this test before, the blowing one.",
        "My excuse to my boss wasn't very convincing, to be fair.",
        "The lady behind the glass at reception booked me in.",
        "My mark on the driving test was terrible, years ago now.",
        "There's no patient parking here, I had to leave the car at Tesco.",
        "Je vous note mon numéro de portable sur le papier.",
        "J'ai lu votre note sur l'ordonnance, merci.",
        "Allez, vous allez réussir, ma veine roule toujours.",
        "I set the timer on the oven and forgot about it, that's how I burnt my hand.",
        "My phone's connection dropped when I was calling the surgery.",
        "I'm just doing the shopping for my mum these days.",
        "Je fais juste le ménage le matin, pas plus.",
    })
    void aPatientsOwnLifeInTheSameWordsPasses(String reply) {
        assertThat(check().check(new ReplyText(reply))).as(reply).isEmpty();
    }
}
