package org.oscetrainer.patient.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
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

    /**
     * The same words quoted twice are read where each stands (review of benign18): the passage's place was looked up
     * with {@code indexOf}, so the second, a stranger's, was read as the brother's message before it and passed.
     */
    @Test
    void theSamePassageTwiceIsReadWhereEachStands() {
        String message = "the blocked pipe below the filter needs gallons of water and a sieve";
        String reply = "My brother texted, '" + message + ".' Then the fortune teller on the pier said, '" + message + ".'";
        List<PassageInAnotherVoice.Found> found = PassageInAnotherVoice.found(reply);
        assertThat(found).extracting(PassageInAnotherVoice.Found::at)
                .containsExactly(reply.indexOf(message), reply.lastIndexOf(message));
        String daily = "the van is sorted and I will do your Thursday jobs, ring me later";
        assertThat(check().check(new ReplyText("My brother texted, '" + daily + ".' The tannoy at the station kept"
                + " announcing, '" + daily + ".'"))).as("a stranger's voice read as the brother's")
                .hasValueSatisfying(v -> assertThat(v.rule()).isEqualTo(PassageInAnotherVoice.RULE));
    }
}
