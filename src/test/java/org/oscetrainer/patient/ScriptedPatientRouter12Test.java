package org.oscetrainer.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oscetrainer.patient.StationAnswers.given;

import org.junit.jupiter.api.Test;

/**
 * router12 (issue 13) on real stations, with phrasings written here (not from a blind set): a test named by two words
 * that no finding names whole, an opening that is not a request, an introduction followed by an opening, openings in
 * other words, and an examination turn whose other words ask the patient nothing. Each assertion failed before.
 */
class ScriptedPatientRouter12Test {

    @Test
    void aTestNamedByTwoWordsThatNoFindingNamesWholeGetsTheNeutralFinding() {
        // Not the CT pulmonary angiogram because "doppler" or "écho" occur in another finding, not the liver history.
        assertThat(given("dyspnee-aigue-fr", "Je demanderais un écho-doppler veineux des deux jambes."))
                .containsExactly("neutral");
        assertThat(given("insomnie-fatigue-fr", "J'aimerais une échographie du foie.")).containsExactly("neutral");
        assertThat(given("low-mood-en", "Can we send off a urine drug screen?")).containsExactly("neutral");
    }

    @Test
    void anOpeningIsNeverARequestToTheExaminer() {
        assertThat(given("headache-pregnancy-en", "So what can we do for you today?")).containsExactly("chief-complaint");
    }

    @Test
    void anIntroductionFollowedByAnOpeningWithoutAQuestionMarkIsAnswered() {
        assertThat(given("chest-pain-en", "Good morning, I'm Dr Shah, the registrar. Tell me what's going on."))
                .containsExactly("chief-complaint");
        assertThat(given("chute-personne-agee-fr", "Bonjour, je suis l'interne de garde. Alors, racontez-moi."))
                .containsExactly("motif");
    }

    @Test
    void openingsInOtherWords() {
        assertThat(given("breathlessness-en", "What's made you come in tonight?")).containsExactly("chief-complaint");
        assertThat(given("medication-history-en", "How did you end up in here?")).containsExactly("chief-complaint");
    }

    @Test
    void theWordsThatGoWithAnExaminationAddNoFact() {
        assertThat(given("cardiovascular-exam-en", "Let me listen to your heart, just relax and breathe normally."))
                .containsExactly("auscultation");
    }
}
