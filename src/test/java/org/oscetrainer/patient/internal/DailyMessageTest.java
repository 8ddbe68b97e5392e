package org.oscetrainer.patient.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.oscetrainer.catalog.HiddenDiagnosis;

/**
 * A message of daily life quoted ({@link DailyMessage}, read by {@link PassageInAnotherVoice}): someone of the patient's
 * life writing or saying something to them carries nothing a reader learns unless it says something of the body or of
 * care. Written here for the kidney stone of {@link PassageInAnotherVoiceTest}, never copied from a blind set.
 */
class DailyMessageTest {

    private static final String SCRIPT = "Dave, 41, plumber. The pain came on suddenly in my right side last night and goes"
            + " down towards my groin. It comes in waves and I can't keep still. I was sick twice.";
    private static final HiddenDiagnosis HIDDEN = new HiddenDiagnosis("Renal colic", List.of("kidney stone",
            "colique néphrétique", "calcul rénal"), List.of(new HiddenDiagnosis.Differential("Appendicitis", List.of())),
            false);

    private static PassageInAnotherVoice check() {
        return new PassageInAnotherVoice(BorrowedVoice.Truth.of(HIDDEN), ScriptSupportCheck.Support.of(SCRIPT));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "My brother texted, 'Van's sorted, I'll do your Thursday jobs, just ring me when they let you out.'",
        "Ma belle-sœur m'a laissé un vocal : « Les enfants dorment chez nous ce soir, prends ton temps, on s'occupe du chien. »",
        "His boss rang and said: \"Forget the boiler in Elm Street, the new lad can finish it off on Monday.\"",
    })
    void aMessageOfDailyLifePasses(String reply) {
        assertThat(check().check(new ReplyText(reply))).as(reply).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "My brother texted, 'Bet it's a little pebble stuck in the pipe from your filter, drink gallons and it'll shift.'",
        "Ma belle-sœur m'a écrit : « Un petit grain dans le rein qui bouche le tuyau, bois des litres d'eau et ça passera. »",
        "The fortune teller on the pier said: a grain grown in the filter you pee through, stuck in the narrow pipe below.",
    })
    void aMessageThatSaysSomethingOfTheBodyOrAStrangersTextIsStillRead(String reply) {
        assertThat(check().check(new ReplyText(reply))).as(reply)
                .hasValueSatisfying(v -> assertThat(v.rule()).isEqualTo(PassageInAnotherVoice.RULE));
    }
}
