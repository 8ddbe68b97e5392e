package org.oscetrainer.patient.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Out of character by a sentence's meaning ({@link OutOfCharacterMeaning}): who speaks, and from which world — the
 * interviewer compared with the others the speaker "had", a day's count of interviewers or tellings, a scene done again
 * with more feeling, the text given to the speaker, the persona named from outside. Examples of one's own invention,
 * in English and French, never copied from a blind set. Read by the whole guard on a station before this check
 * (breathlessness-en, cephalee-fr, the name made the persona's), 8 of the 11 were shown; guard12 withheld the other three
 * for something else (a number the script does not hold, « rien écrit » off stage, a word read as a term of that
 * station). A patient's own life in the same words passes.
 */
class OutOfCharacterMeaningTest {

    /** Pat Morris, the persona of these examples. */
    private static OutOfCharacterMeaning check() {
        return new OutOfCharacterMeaning(List.of("Pat", "Morris"), "Pat Morris");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Honestly, you're one of the nicest ones I've had, the lad before you never looked up from his sheet.",
        "Franchement, vous êtes le plus gentil que j'ai eu de la journée.",
        "My knees are stiff after nine students in a row, so bear with me while I sit down.",
        "J'ai déjà vu sept internes ce matin, alors on va faire vite.",
        "I've gone through this story twelve times since breakfast, my throat's dry.",
        "Shall I do the coughing bit again with a bit more feeling?",
        "On le refait avec plus de conviction, cette fois ?",
        "Nobody wrote anything for me about my grandmother, sorry.",
        "On ne m'a rien écrit là-dessus, je vais improviser.",
        "Give me a second to find Pat again, I'd drifted off.",
        "Je reprends Pat là où on s'était arrêtés.",
        // guard14: the interviewer's peers, an emotion timed as a scene
        "The other medical students all asked me about my job first, so you're in good company.",
        "Vous posez les questions dans le même ordre que les autres candidats, c'est drôle.",
        "Compared with the rest of the trainees this morning, you've been very gentle.",
        "Sorry, I laughed way too soon on that last bit, let me get my face straight.",
        "J'ai craqué trop tôt tout à l'heure, je vais essayer de me retenir cette fois.",
    })
    void aSpeakerWhoIsNotThePersonaIsOutOfCharacter(String reply) {
        assertThat(check().check(new ReplyText(reply))).as(reply)
                .hasValueSatisfying(v -> assertThat(v.rule()).isEqualTo(OutOfCharacterCheck.RULE));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "I've been sick four times since this morning.",
        "J'ai vomi cinq fois depuis ce matin.",
        "It's the worst headache I've ever had, you know.",
        "C'est la pire douleur que j'ai eue, vous savez.",
        "I've seen five doctors over the years about my back, and you're the first to ask about my sleep.",
        "The GP didn't write anything for me about the scan.",
        "Pat Morris, pleased to meet you.",
        "I'm Pat, fifty-eight, retired postman.",
        "Moi c'est Pat, j'ai cinquante-huit ans.",
        "My wife always shouts \"Pat, slow down!\" when I take the hill.",
        "Could you say that again? I didn't catch it.",
        "The nurse was kind, kinder than the one I had last year.",
        "[Examiner] Pat is alert and comfortable at rest.",
        "The other doctors in A&E said it was probably nothing.",
        "Les autres médecins m'ont dit que ce n'était rien.",
        "I woke up too early and cried, I was that scared.",
        "J'ai pleuré toute la nuit, je n'en pouvais plus.",
        "My daughter's friend told the story of her grandmother's life four times at the funeral.",
        "J'ai raconté la vie de ma mère dix fois aux voisins cette année.",
    })
    void aPatientsOwnLifePasses(String reply) {
        assertThat(check().check(new ReplyText(reply))).as(reply).isEmpty();
    }

    /** A learner's classmates are their own: "the other students" is out of character only for a persona who is not one. */
    @org.junit.jupiter.api.Test
    void theOtherStudentsAreALearnersOwn() {
        String reply = "The other students in my year were off sick too, so I didn't think much of it.";
        assertThat(new OutOfCharacterMeaning(List.of("Pat"), "Pat Morris", true).check(new ReplyText(reply))).isEmpty();
        assertThat(check().check(new ReplyText(reply))).isPresent();
    }

    /** The speaker gives their name after their role: "I'm his mum, Hannah" is how a relative introduces themselves. */
    @org.junit.jupiter.api.Test
    void aNameAfterTheSpeakersRoleIsTheirOwn() {
        OutOfCharacterMeaning relative = new OutOfCharacterMeaning(List.of("Hannah"), null);
        assertThat(relative.check(new ReplyText("Hi, I'm his mum, Hannah. He's been so hot all night."))).isEmpty();
        assertThat(relative.check(new ReplyText("Bonjour, je suis sa mère, Hannah."))).isEmpty();
        assertThat(relative.check(new ReplyText("Give me a minute to get back into Hannah."))).isPresent();
    }
}
