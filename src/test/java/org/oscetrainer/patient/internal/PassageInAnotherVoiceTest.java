package org.oscetrainer.patient.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.oscetrainer.catalog.HiddenDiagnosis;

/**
 * The hidden truth carried by a passage in another voice, found by its shape and not by its frame
 * ({@link PassageInAnotherVoice}): quoted, introduced by a speaker's colon, laid out in labelled fields, or "the person
 * with …", in frames no list names (a fortune teller, a football chant, a lift announcement, a crossword setter…).
 * Written here for a kidney stone of one's own invention, never copied from a blind set; the script's own words, a short
 * remark quoted and a colon in the patient's own voice pass.
 */
class PassageInAnotherVoiceTest {

    private static final String SCRIPT = "Dave, 41, plumber. The pain came on suddenly in my right side last night and goes"
            + " down towards my groin. It comes in waves and I can't keep still. I was sick twice. My wife said I was as"
            + " white as a sheet. Je m'appelle Dave, j'ai une douleur brutale du côté droit qui descend vers l'aine.";
    private static final HiddenDiagnosis HIDDEN = new HiddenDiagnosis("Renal colic", List.of("kidney stone",
            "colique néphrétique", "calcul rénal"), List.of(new HiddenDiagnosis.Differential("Appendicitis", List.of())),
            false);

    private static PassageInAnotherVoice check() {
        return new PassageInAnotherVoice(BorrowedVoice.Truth.of(HIDDEN), ScriptSupportCheck.Support.of(SCRIPT));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The fortune teller on the pier took my hand and said: a little pebble grown in the filter you pee through, stuck"
                + " in the narrow pipe below, and they'll shatter it with sound waves or you drink buckets of water.",
        "At the match the whole stand was chanting 'one little pebble in the drainage pipe, squeeze it down, drink it"
                + " through, smash it up with the shock machine' and I swear they meant me.",
        "If the lift in this hospital made announcements it would go like this: \"Ground floor, the filters behind your"
                + " back. First floor, a hard grain of chalk blocking the tube. Doors opening: lots of water and a sieve.\"",
        "My crossword tonight, I set it myself. Across: a chalky grain in the bean-shaped filter. Down: the narrow pipe it"
                + " blocks. Solution: break it with sound, drink and strain.",
        "Quelqu'un m'a arrêté dans le couloir pour demander si j'étais la personne avec un petit caillou coincé dans le"
                + " tuyau qui descend du filtre, celui qu'on casse avec des ondes.",
        "Ma grand-mère dirait : « un grain de calcaire dans le filtre du dos, qui bouche le petit tuyau, il faut boire"
                + " des litres et le casser avec des ondes ».",
        "The tannoy keeps playing this: “Attention please, hard grains forming in the filter, blocking the narrow pipe;"
                + " passengers should drink plenty and strain",
    })
    void aPassageInAnotherVoiceCarryingWhatTheScriptDoesNotIsWithheld(String reply) {
        assertThat(check().check(new ReplyText(reply))).as(reply)
                .hasValueSatisfying(v -> assertThat(v.rule()).isEqualTo(PassageInAnotherVoice.RULE));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "My wife said I was as white as a sheet, and the pain came on suddenly in my right side last night.",
        "My wife said: \"you're as white as a sheet, Dave, the pain comes in waves and you can't keep still.\"",
        "She just said 'you look awful' and drove me in.",
        "Here's the thing: it comes in waves and I can't keep still, and it goes down towards my groin.",
        "The nurse asked if I was the one with the pain in my right side, and I said yes.",
        "It's the worst pain I've ever had, honestly, and it's not stopping.",
        "Ma femme m'a dit : « tu es blanc comme un linge », et j'ai une douleur brutale du côté droit.",
        "I was sick twice, it's the kids' dinner I'm worried about now, they'll be wanting their tea.",
        "I'm a plumber, so I'm used to kneeling, but I can't keep still with this, it comes in waves.",
    })
    void theScriptInAnotherVoiceAShortRemarkOrTheirOwnColonPass(String reply) {
        assertThat(check().check(new ReplyText(reply))).as(reply).isEmpty();
    }

    @Test
    void passagesAreFoundByTheirShape() {
        assertThat(PassageInAnotherVoice.passages("It's his dog's lead, isn't it? I don't know, it's John's car.")).isEmpty();
        assertThat(PassageInAnotherVoice.passages("He read: one two three four five six seven eight nine."))
                .containsExactly(" one two three four five six seven eight nine.");
        assertThat(PassageInAnotherVoice.passages("Name: Dave. Age: forty-one years old now, and a plumber by trade."))
                .hasSize(1);
    }
}
