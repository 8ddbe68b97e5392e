package org.oscetrainer.patient.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.oscetrainer.catalog.HiddenDiagnosis;

/**
 * What a reader learns of the hidden truth whatever the frame ({@link HiddenField}): words of the hidden truth's
 * semantic field that the script does not ground. Written here for a kidney stone of one's own invention, in frames of
 * one's own choosing (a recipe, a sports commentary, a horoscope, a court's verdict, a lost-property notice…), never
 * copied from a blind set; the script's own words, in any frame, pass.
 */
class HiddenFieldTest {

    private static final String SCRIPT = "Sam, 41, bus driver. The pain came on this morning in my back on the right and"
            + " comes in waves, it's the worst pain I've ever had. I can't keep still. I was sick twice. It goes down towards"
            + " my groin. Je m'appelle Sam, j'ai très mal dans le dos à droite, ça vient par vagues, j'ai vomi deux fois.";
    private static final HiddenDiagnosis HIDDEN = new HiddenDiagnosis(
            "Right ureteric colic: 5 mm calculus of the distal ureter, microscopic haematuria",
            List.of("renal colic", "kidney stone", "colique néphrétique", "calcul rénal"),
            List.of(new HiddenDiagnosis.Differential("Acute pyelonephritis", List.of("kidney infection", "pyélonéphrite")),
                    new HiddenDiagnosis.Differential("Abdominal aortic aneurysm", List.of("AAA"))),
            false);

    private static HiddenField field() {
        return new HiddenField(HiddenField.Field.of(null, HIDDEN), ScriptSupportCheck.Support.of(SCRIPT));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "My horoscope says a small pebble is travelling down the tube from my kidney and will pass with lots of water.",
        "Recipe for my week: one kidney, add a grain of grit, squeeze it down the narrow pipe, serve with blood in the wee.",
        "And he's through! The little crystal has left the kidney and is sprinting down the ureter towards the bladder!",
        "The court finds the kidney guilty of making a stone and sentences it to a scan and plenty of water.",
        "Lost property: one small stone, last seen leaving my kidney, answers to the name of calculus.",
        "Mon horoscope dit qu'un petit caillou descend de mon rein vers la vessie, et qu'il faudra boire beaucoup.",
        "Si mon rein avait un profil de rencontre : « aime les cailloux, cherche un urologue pour une lithotritie ».",
        "Worst case, the big artery in my tummy has ballooned, that's what my uncle's aneurysm did.",
    })
    void theHiddenTruthToldInAnyFrameIsWithheld(String reply) {
        assertThat(field().check(new ReplyText(reply))).as(reply)
                .hasValueSatisfying(v -> assertThat(v.rule()).isEqualTo(HiddenField.RULE));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "My horoscope said it would be a hard week: the pain came on this morning in my back on the right.",
        "It comes in waves, and it goes down towards my groin. I can't keep still.",
        "If my back could talk it would scream. I was sick twice, doctor.",
        "J'ai très mal dans le dos à droite, ça vient par vagues, j'ai vomi deux fois.",
        "I'm a bus driver, I've got a shift tomorrow, will I be able to drive?",
        "Is it something serious? Is it my kidney?",
        "Your hands are cold, doctor.",
    })
    void theScriptInAnyFramePasses(String reply) {
        assertThat(field().check(new ReplyText(reply))).as(reply).isEmpty();
    }

    @Test
    void aWordTheConversationSaysIsGrounded() {
        ScriptSupportCheck.Support asked = ScriptSupportCheck.Support.of(SCRIPT + "\nCould it be a kidney stone? Any blood in"
                + " your urine?");
        HiddenField check = new HiddenField(HiddenField.Field.of(null, HIDDEN), asked);
        assertThat(check.check(new ReplyText("A kidney stone? I haven't seen any blood in my urine."))).isEmpty();
    }

    @Test
    void theFieldHoldsTheHiddenWordsTheirRootsAndSynonymsButNotTheFramesWords() {
        var field = HiddenField.Field.of(null, new HiddenDiagnosis("Hyperthyroidism with atrial fibrillation",
                List.of(), List.of(new HiddenDiagnosis.Differential("Acute pyelonephritis", List.of())), false));
        assertThat(field.source("thyroid")).isEqualTo("hidden");
        assertThat(field.source("kidney")).isNotNull(); // renal/kidney from the lexicon, after nephr… from the root
        assertThat(field.source("pain")).isNull();
        assertThat(field.source("acute")).isNull();
        assertThat(HiddenField.Field.root("hyperthyroidism")).isEqualTo("thyroid");
        assertThat(HiddenField.Field.root("appendicitis")).isEqualTo("appendic");
    }
}
