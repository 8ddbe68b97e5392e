package org.oscetrainer.patient.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.oscetrainer.catalog.HiddenDiagnosis;

/**
 * The hidden truth acted out rather than said ({@link ActedOut}): a stage direction, a gesture described, charades or a
 * mime show which part of the body and what goes wrong with it. Written here for a kidney stone of one's own invention
 * (as {@link PassageInAnotherVoiceTest}), never copied from a blind set; stage directions of a feeling or of the
 * script's own gestures, and a game told as a memory, pass.
 */
class ActedOutTest {

    private static final String SCRIPT = "Dave, 41, plumber. The pain came on suddenly in my right side last night and goes"
            + " down towards my groin. It comes in waves and I can't keep still. I was sick twice. My wife said I was as"
            + " white as a sheet. I keep holding my side. Je m'appelle Dave, j'ai une douleur brutale du côté droit qui"
            + " descend vers l'aine.";
    private static final HiddenDiagnosis HIDDEN = new HiddenDiagnosis("Renal colic", List.of("kidney stone",
            "colique néphrétique", "calcul rénal"), List.of(new HiddenDiagnosis.Differential("Appendicitis", List.of())),
            false);

    private static ActedOut check() {
        return new ActedOut(BorrowedVoice.Truth.of(HIDDEN), ScriptSupportCheck.Support.of(SCRIPT));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "*taps the small of his back, then flicks a tiny pebble down an imaginary drainpipe towards his groin*",
        "(il serre un petit grain entre deux doigts et le fait descendre le long d'un tuyau imaginaire jusqu'en bas)",
        "Let me act it out: a bean-shaped filter, a grain of grit growing in it, then it rattles down the pipe and gets stuck.",
        "The plumber in me would mime it: I hold up a bean with one hand and drop a gravel chip into the tube with the other.",
        "My mate at the depot cupped his hands like a sieve and rolled a bit of grit through his fingers until it jammed.",
        "[he mimes pouring water through a filter, then picks out a stone and holds it up]",
    })
    void aGestureThatShowsTheBodyBeyondTheScriptIsWithheld(String reply) {
        assertThat(check().check(new ReplyText(reply))).as(reply)
                .hasValueSatisfying(v -> assertThat(v.rule()).isEqualTo(ActedOut.RULE));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "*sighs* It comes in waves, doctor, and I can't keep still.",
        "(holding my side) It's here, on the right, and it goes down towards my groin.",
        "*laughs nervously* Sorry, I'm not good with hospitals.",
        "(se lève, se rassoit) Pardon, je ne tiens pas en place.",
        "We played charades at Christmas and my brother-in-law did a film about a ship, he fell off the sofa.",
        "*looks out of the window at the rain for a while* Sorry, where was I?",
        "I wave my hands about when I talk, my wife says I'd be good at charades.",
        "*holds up his phone* My wife's been texting me all morning.",
    })
    void aFeelingTheScriptsOwnGestureOrAGameRememberedPasses(String reply) {
        assertThat(check().check(new ReplyText(reply))).as(reply).isEmpty();
    }
}
