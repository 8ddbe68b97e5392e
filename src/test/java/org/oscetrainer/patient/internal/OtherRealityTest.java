package org.oscetrainer.patient.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Out of character by what the reply is about ({@link OtherReality}): the performer's own reality (pay, colleagues, the
 * day's schedule, the staging, rehearsal, lines) rather than the persona's. Examples of one's own invention, never copied
 * from a blind set; a patient's own life in the same words, one side at a time, passes.
 */
class OtherRealityTest {

    private static final String SCRIPT = "Pat, 58, retired postman. I get short of breath walking up the hill to the shop."
            + " My wife Jo drove me in this morning. I've got a cough with white phlegm. Je m'appelle Pat, je suis essoufflé.";

    private static OtherReality check() {
        return new OtherReality(ScriptSupportCheck.Support.of(SCRIPT));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Honestly, they pay me by the hour and my colleague in room three has the same cough, poor thing.",
        "Hang on, the make-up's running under these lights, give me a second before we go again.",
        "I've had eleven of you since breakfast, so forgive me if the wheeze sounds a bit rehearsed.",
        "The agency booked me for the whole day, and my lunch break isn't till two.",
        "Attendez, ma collègue de la salle deux joue le même rôle, on compare nos répliques à la pause.",
        "Je suis payée à la journée pour tousser, et je fais ça depuis le petit déjeuner.",
        "In real life I'm a swimming teacher, but today I'm the breathless one.",
        "Sorry, I lost my place, can I look at my lines again?",
    })
    void thePerformersRealityIsOutOfCharacter(String reply) {
        assertThat(check().check(new ReplyText(reply))).as(reply)
                .hasValueSatisfying(v -> assertThat(v.rule()).isEqualTo(OutOfCharacterCheck.RULE));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "My wife Jo drove me in this morning, she's parking the car.",
        "I was paid my pension on Friday, if that matters.",
        "A colleague from the post office had the same cough years ago.",
        "It's been bad all morning, I've had this cough since breakfast.",
        "The pain is seven out of ten, doctor.",
        "Je suis essoufflé depuis ce matin, ma femme m'a amené.",
        "I get short of breath walking up the hill to the shop.",
    })
    void aPatientsOwnLifePasses(String reply) {
        assertThat(check().check(new ReplyText(reply))).as(reply).isEmpty();
    }

    @Test
    void aSideTheScriptGivesThePersonaCountsForNothing() {
        OtherReality actor = new OtherReality(ScriptSupportCheck.Support.of(SCRIPT
                + "\nI'm an actor, I was in a rehearsal at the theatre when it started."));
        assertThat(actor.check(new ReplyText("I was at the theatre in a rehearsal when I got breathless."))).isEmpty();
    }
}
