package org.oscetrainer.patient.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.oscetrainer.catalog.StationFiles;

/**
 * The speaker naming the person they speak as in the third person ({@link SpeakerNamedFromOutside}). Written here, never
 * copied from a blind set.
 */
class SpeakerNamedFromOutsideTest {

    private static SpeakerNamedFromOutside check(String station) throws Exception {
        String source = Files.readString(Path.of("scenarios", station + ".yaml"), StandardCharsets.UTF_8);
        return new SpeakerNamedFromOutside(StationFiles.scenario(station + ".yaml", source).orElseThrow());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "breathlessness-en | Right, back to being Frank now.",
        "chute-personne-agee-fr | Pardon, je redeviens Mme Moreau.",
        "headache-pregnancy-en | Honestly, Chloe would be terrified at this point.",
        "cephalee-fr | Je ne crois pas qu'Isabelle dirait ça.",
        "febrile-child-en | Hannah wouldn't know that, she's not a nurse.",
        "abdominal-pain-en | Let me give Emily's answers again, properly this time.",
        "low-mood-en | Nobody is really waiting on Daniel, you know.",
        "toux-nourrisson-fr | Deux minutes, je vais chercher un café et je reviens jouer Thomas.",
        "toux-nourrisson-fr | Franchement, je ne sais pas ce que Thomas dirait à ça.",
    })
    void theSpeakerNamedInTheThirdPersonIsOutOfCharacter(String station, String reply) throws Exception {
        assertThat(check(station).check(new ReplyText(reply))).as(reply)
                .hasValueSatisfying(v -> assertThat(v.rule()).isEqualTo(OutOfCharacterCheck.RULE));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "breathlessness-en | I'm Frank Whitmore, seventy-four.",
        "abdominal-pain-en | Yes, Emily Carter, that's me.",
        "breathlessness-en | My wife always says \"Frank, you never slow down\".",
        "medication-history-en | Call me Maggie, everyone does; Mrs Ellis is my mother-in-law.",
        "febrile-child-en | Ollie's been so floppy since last night.",
        "interpreter-fever-en | (interpreter) Mrs Popescu says she has had a fever for two days.",
        "famille-en-colere-fr | Mon père, M. Marchand, attend depuis onze heures !",
        "toux-nourrisson-fr | Léo a du mal à boire ses biberons depuis hier.",
        "toux-nourrisson-fr | Thomas Garnier, le papa de Léo.",
    })
    void theirOwnNameAsAPersonSaysItPasses(String station, String reply) throws Exception {
        assertThat(check(station).check(new ReplyText(reply))).as(reply).isEmpty();
    }
}
