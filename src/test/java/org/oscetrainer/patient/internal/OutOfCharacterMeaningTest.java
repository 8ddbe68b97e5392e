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
    })
    void aPatientsOwnLifePasses(String reply) {
        assertThat(check().check(new ReplyText(reply))).as(reply).isEmpty();
    }
}
