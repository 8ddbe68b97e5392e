package org.oscetrainer.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oscetrainer.patient.StationAnswers.given;

import org.junit.jupiter.api.Test;

/**
 * router17 (issue 13) on real stations, with phrasings written here (not from a blind set): questions put one after
 * the other ("…, and …?", « … et … ? », two question marks) are each answered, though one of them names no topic word
 * of its own; a tag, a clause of condition, a false start or a detail of the first question is not a second question.
 */
class ScriptedPatientRouter17Test {

    @Test
    void eachOfTwoCoordinatedQuestionsIsAnswered() {
        // how the patient is and what they know name no topic word: each was dropped beside the other
        assertThat(given("erreur-medicamenteuse-fr", "Comment allez-vous aujourd'hui, et vous savez ce qui s'est passé hier ?"))
                .containsExactlyInAnyOrder("comment-il-va", "ce-qu-il-sait");
        assertThat(given("examen-genou-fr", "Comment ça s'est passé, et est-ce que le genou a gonflé ?"))
                .contains("mecanisme");
        assertThat(given("confusion-elderly-en", "When did this all start, and what is she like usually?"))
                .containsExactlyInAnyOrder("onset-course", "baseline");
    }

    @Test
    void aTagAConditionOrADetailIsNotASecondQuestion() {
        // a tag asks for agreement with what was said
        assertThat(given("low-mood-en", "You haven't been sleeping well, is that right?")).hasSizeLessThanOrEqualTo(1);
        // a clause of condition belongs to the question it opens
        assertThat(given("cephalee-fr", "Quand vous toussez, ça fait quoi ?")).doesNotContain("deficit-neuro");
        // a question about a relative needs its own words
        assertThat(given("missed-periods-en", "How is your dad getting on since he left? Do you see him still?")).isEmpty();
    }
}
