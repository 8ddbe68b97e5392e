package org.oscetrainer.patient.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The hidden truth told by whom it strikes ({@link TypicalSufferer}): which kind of person an illness befalls, with the
 * trait that defines them, or as a share of everyone. Examples of one's own invention, in English and French, never
 * copied from a blind set. Read by the whole guard on a station before this check (missed-periods-en, cephalee-fr), 6 of
 * the 7 were shown (the seventh withheld for « quarante », a number the script does not hold). A patient's worry that
 * names no trait passes.
 */
class TypicalSuffererTest {

    private static final TypicalSufferer CHECK = new TypicalSufferer();

    @ParameterizedTest
    @ValueSource(strings = {
        "My aunt says it mostly goes for men in their sixties who smoke a pipe.",
        "Apparently it's common in young women who've just come off the pill.",
        "The leaflet would say: Type: builders who never drink enough water in summer.",
        "C'est un truc qui frappe surtout les femmes enceintes de plus de quarante ans.",
        "Ça touche les ados qui ne mangent presque rien et courent tous les jours.",
        "Apparently it affects about one woman in ten at some point.",
        "Ça touche une personne sur cinq, paraît-il.",
    })
    void whomTheIllnessStrikesIsALeak(String reply) {
        assertThat(CHECK.check(new ReplyText(reply))).as(reply)
                .hasValueSatisfying(v -> assertThat(v.rule()).isEqualTo(HiddenField.RULE));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Does this happen to a lot of people? I'm scared.",
        "Ça arrive à beaucoup de gens, ce genre de choses ?",
        "It happens to people in the family, my dad had bad knees too.",
        "My sister has two kids who keep her up all night.",
        "One in the morning and one at night, that's how I take them.",
        "J'en prends un sur deux jours, comme le médecin a dit.",
        "Ça me touche beaucoup que vous demandiez, docteur.",
    })
    void aPatientsWorryPasses(String reply) {
        assertThat(CHECK.check(new ReplyText(reply))).as(reply).isEmpty();
    }
}
