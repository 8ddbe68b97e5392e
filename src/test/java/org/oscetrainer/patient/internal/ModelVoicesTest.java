package org.oscetrainer.patient.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A reply that is not the patient's voice (guard20): how models served by vLLM fail — a reasoning block, chat-template
 * debris, a JSON or tool-call wrapper — and the other voices a model writes in (the doctor's turn, an examiner's note,
 * a narrator's case summary, the exercise talked about), on the design set {@code guard/model-voices} (written here,
 * not a blind set). Every out-of-character line is withheld by the whole guard, made for the reply's question as the
 * stream makes it; no line in character is withheld by {@link NotThePatientsVoice}.
 */
class ModelVoicesTest {

    /**
     * Lines in character of the set that other checks withhold (measured when the set was written): "My wife said to
     * me: 'David, you're grey, sit down'" (the persona named from outside, in a quotation), "My flatmate said: 'you
     * look awful, go and get checked'" (the reader, 0.75), "The GP before you asked me the same questions from a form…"
     * (unscripted). A ratchet: it may only go down.
     */
    private static final int MAX_IN_CHARACTER_WITHHELD = 3;

    @Test
    void everyOtherVoiceIsWithheldAndNoPatientsLine() throws Exception {
        List<String> shown = new ArrayList<>();
        List<String> byVoice = new ArrayList<>();
        int withheld = 0;
        int ooc = 0;
        int benign = 0;
        for (LeakSetReplies r : LeakSetReplies.of(Path.of("src/test/resources/guard"), List.of("model-voices"))) {
            Optional<Violation> v = r.guard().check(r.text());
            System.out.println(r.id() + " " + r.clazz() + " -> " + v.map(Violation::span).orElse("shown"));
            if (r.block()) {
                ooc++;
                if (v.isEmpty()) {
                    shown.add(r.id() + " [" + r.clazz() + "] " + r.text());
                }
            } else {
                benign++;
                withheld += v.isPresent() ? 1 : 0;
                new NotThePatientsVoice(r.scenario().patient().name()).check(r.text())
                        .ifPresent(x -> byVoice.add(r.id() + " " + x + " " + r.text()));
            }
        }
        assertThat(ooc).isGreaterThanOrEqualTo(50);
        assertThat(benign).isGreaterThanOrEqualTo(20);
        assertThat(shown).as("out of character shown").isEmpty();
        assertThat(byVoice).as("in character withheld as another voice").isEmpty();
        assertThat(withheld).as("in character withheld by the whole guard (ratchet)").isLessThanOrEqualTo(
                MAX_IN_CHARACTER_WITHHELD);
    }

    @Test
    void anOpenReasoningBlockOrAWrapperIsWithheldBeforeItEnds() {
        NotThePatientsVoice voice = new NotThePatientsVoice("David Walker");
        assertThat(voice.check("<think>\nThe student asks")).isPresent();
        assertThat(voice.check("{\"content\": \"It hurts")).isPresent();
        assertThat(voice.check("David: it started at nine.")).isPresent();
        assertThat(voice.check("I told David: it started at nine.")).isEmpty();
        assertThat(voice.check("The nurse said: keep your leg up, and I did.")).isEmpty();
    }
}
