package org.oscetrainer.patient.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * router10's text rules (issue 13): openings in other words, an opening to the patient beside a relative, a result
 * asked of whoever holds the file, investigations by name ({@code patient/understanding.txt}). Phrasings written here,
 * not taken from a blind set.
 */
class UnderstandingWordsTest {

    @Test
    void anInvitationToTellTheStoryIsAnOpening() {
        assertThat(new Utterance("So, what's the problem, Mr Smith?").opening()).isTrue();
        assertThat(new Utterance("Where do you want to begin?").opening()).isTrue();
        assertThat(new Utterance("Walk me through what happened.").opening()).isTrue();
        assertThat(new Utterance("Je vous écoute.").opening()).isTrue();
        assertThat(new Utterance("Racontez-moi votre histoire.").opening()).isTrue();
    }

    @Test
    void aQuestionWithATopicIsNoOpening() {
        assertThat(new Utterance("Tell me about this rash.").opening()).isFalse();
        assertThat(new Utterance("What's worrying you the most?").opening()).isFalse();
        assertThat(new Utterance("Can you say in your own words what I've explained?").opening()).isFalse();
        assertThat(new Utterance("Talk me through your inhalers.").opening()).isFalse();
        assertThat(new Utterance("Je vous écoute, vous prenez quels médicaments ?").opening()).isFalse();
    }

    @Test
    void anOpeningToThePatientBesideARelative() {
        assertThat(new Utterance("Your husband made the appointment. What's been going on?").openingToThePatient()).isTrue();
        assertThat(new Utterance("What brought you in with your daughter today?").openingToThePatient()).isTrue();
        assertThat(new Utterance("What happened to your dad?").openingToThePatient()).isFalse();
    }

    @Test
    void aResultAskedOfWhoeverHoldsTheFileGoesToTheExaminer() {
        assertThat(new Utterance("Vous avez la radio du thorax ?").asksForAResult()).isTrue();
        assertThat(new Utterance("Do you have the ECG?").asksForAResult()).isTrue();
        assertThat(new Utterance("On a un bilan hépatique ?").asksForAResult()).isTrue();
        // the patient's own past: not a result to give
        assertThat(new Utterance("Vous avez déjà fait une radio du thorax ?").asksForAResult()).isFalse();
        assertThat(new Utterance("Have you ever had an ECG?").asksForAResult()).isFalse();
    }

    @Test
    void investigationsByNameAskForAResult() {
        assertThat(new Utterance("Faisons une densitométrie osseuse.").asksForAResult()).isTrue();
        assertThat(new Utterance("Can we send an MSU?").asksForAResult()).isTrue();
        assertThat(new Utterance("Let's arrange a sleep study.").asksForAResult()).isTrue();
        assertThat(new Utterance("Does the pain get worse at night?").asksForAResult()).isFalse();
    }

    @Test
    void aFindingScriptsTheTestItsTextOpensWith() {
        assertThat(Examiner.head("Chest X-ray: normal heart size, clear lung fields.")).isEqualTo("Chest X-ray");
        assertThat(Examiner.head("Abdomen soft, tender in the right iliac fossa; an MRI may follow"))
                .isEqualTo("Abdomen soft, tender in the right iliac fossa");
    }
}
