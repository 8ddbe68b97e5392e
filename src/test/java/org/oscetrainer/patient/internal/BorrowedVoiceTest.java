package org.oscetrainer.patient.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.oscetrainer.catalog.HiddenDiagnosis;

/**
 * The hidden truth told in a voice a patient does not speak in ({@link BorrowedVoice}): an organ's letter, an advert, a
 * forecast, a quiz, a warning to friends, a diary, the doctor's gesture… carrying what the script does not say. Written
 * here for an appendicitis of one's own invention, never copied from a blind set; the same forms in the script's words
 * pass.
 */
class BorrowedVoiceTest {

    private static final String SCRIPT = "Chris, 24, student. The pain started round my belly button yesterday and moved to"
            + " the right side. I feel sick and I've been off my food. It hurts more when I walk or cough. I keep a diary"
            + " of my pain. Je m'appelle Chris, j'ai mal au ventre depuis hier, à droite, et j'ai envie de vomir.";
    private static final HiddenDiagnosis HIDDEN = new HiddenDiagnosis("Acute appendicitis", List.of("appendicitis",
            "inflamed appendix", "appendicite"), List.of(new HiddenDiagnosis.Differential("Ovarian torsion", List.of())),
            false);

    private static BorrowedVoice voice() {
        return new BorrowedVoice(BorrowedVoice.Truth.of(HIDDEN), ScriptSupportCheck.Support.of(SCRIPT));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Dear Chris, it's your appendix writing. I'm swollen and angry and about to burst. Love, your appendix.",
        "If my tummy could write, it would say: get this worm-shaped thing out before it pops.",
        "Today's forecast for your belly: a storm front settling low on the right, pressure building by evening.",
        "Pub quiz question for ten points: which little dead-end tube off the gut gets blocked and angry?",
        "Ladies, if your pain moves over to the right like mine, don't sit at home, get that thing removed.",
        "Dear diary, day two: the surgeon says the tiny tube dangling off my bowel comes out tonight.",
        "Cher journal, le chirurgien dit que le petit bout d'intestin enflammé doit sortir ce soir.",
        "The doctor made a fist with one hand and squeezed a finger of the other: a little tube blocked and swelling, he said.",
        "Le médecin a serré le poing avec sa main, comme un petit tuyau bouché qui gonfle, m'a-t-il dit.",
        "There's a poster on the bus: know the signs, pain that wanders to the right could be your appendix.",
        "I overheard the nurses at handover: bed nine, query appendix, theatre tonight.",
    })
    void theTruthInABorrowedVoiceIsWithheld(String reply) {
        assertThat(voice().check(new ReplyText(reply))).as(reply)
                .hasValueSatisfying(v -> assertThat(v.rule()).isEqualTo(BorrowedVoice.RULE));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "I keep a diary of my pain: it started round my belly button yesterday and moved to the right side.",
        "Dear me, I feel sick and I've been off my food since yesterday.",
        "It hurts more when I walk or cough, honestly.",
        "J'ai mal au ventre depuis hier, à droite, et j'ai envie de vomir.",
        "Tell my mum I'm fine, will you?",
        "The doctor pressed on my tummy with his hands and it hurt on the right side.",
        "I bet it's nothing, doctor.",
    })
    void theScriptInAnyVoicePasses(String reply) {
        assertThat(voice().check(new ReplyText(reply))).as(reply).isEmpty();
    }

    @Test
    void theTruthIsTheHiddenNamesAndTheirTellingPhrasesNotTheirDetails() {
        var truth = BorrowedVoice.Truth.of(new HiddenDiagnosis("Acute appendicitis: three days, retrocaecal", List.of(),
                List.of(), false));
        assertThat(truth.words()).contains("appendicitis", "appendix").doesNotContain("three", "days", "retrocaecal");
    }
}
