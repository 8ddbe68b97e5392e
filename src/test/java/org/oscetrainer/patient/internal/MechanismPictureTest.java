package org.oscetrainer.patient.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The mechanism of an illness pictured ({@link MechanismPicture}); sentences written here. */
class MechanismPictureTest {

    private final MechanismPicture picture = new MechanismPicture();

    @ParameterizedTest
    @ValueSource(strings = {
        "I picture the little pipes in my neck furring up until the blood can't get through.",
        "J'imagine que le canal s'est bouché et que tout remonte dans le foie.",
        "The way I understand it, my kidneys are leaking because the filters are damaged.",
        "It's like a garden hose with a kink: the water backs up behind it, so the pipe balloons and the pressure builds.",
        "Mon corps a décidé que le pollen était un ennemi, et les bronches se ferment.",
    })
    void aPictureOfTheWorkingInsideIsWithheld(String reply) {
        assertThat(picture.check(reply)).as(reply).hasValueSatisfying(v -> assertThat(v.rule()).isEqualTo("leak:mechanism"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "It's like a tight band across my chest, and it's worse when I walk.",
        "C'est venu comme un coup de massue derrière la tête.",
        "It swelled up like a balloon within two hours.",
        "I imagine you'll want to listen to my heart now.",
        "J'imagine que vous allez me faire une prise de sang.",
    })
    void aLikenessOfWhatIsFeltPasses(String reply) {
        assertThat(picture.check(reply)).as(reply).isEmpty();
    }
}
