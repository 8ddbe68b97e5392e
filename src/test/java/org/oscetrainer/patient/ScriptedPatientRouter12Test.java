package org.oscetrainer.patient;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.oscetrainer.catalog.Scenario;
import org.oscetrainer.patient.internal.ScriptedPatient;

/**
 * router12 (issue 13) on real stations, with phrasings written here (not from a blind set): a test named by two words
 * that no finding names whole, an opening that is not a request, an introduction followed by an opening, openings in
 * other words, and an examination turn whose other words ask the patient nothing. Each assertion failed before.
 */
class ScriptedPatientRouter12Test {

    private static final ScheduledExecutorService EXECUTOR = Executors.newSingleThreadScheduledExecutor();
    private final ScriptedPatient patient = new ScriptedPatient(EXECUTOR, 0);

    @AfterAll
    static void stop() {
        EXECUTOR.shutdownNow();
    }

    private static Scenario station(String id) {
        return PatientEvaluation.station(id);
    }

    private List<String> given(Scenario s, String question) {
        return BlindPatientQuestionsTest.given(s, patient.answer(s, question));
    }

    @Test
    void aTestNamedByTwoWordsThatNoFindingNamesWholeGetsTheNeutralFinding() {
        // Not the CT pulmonary angiogram because "doppler" or "écho" occur in another finding, not the liver history.
        assertThat(given(station("dyspnee-aigue-fr"), "Je demanderais un écho-doppler veineux des deux jambes."))
                .containsExactly("neutral");
        assertThat(given(station("insomnie-fatigue-fr"), "J'aimerais une échographie du foie.")).containsExactly("neutral");
        assertThat(given(station("low-mood-en"), "Can we send off a urine drug screen?")).containsExactly("neutral");
    }

    @Test
    void anOpeningIsNeverARequestToTheExaminer() {
        assertThat(given(station("headache-pregnancy-en"), "So what can we do for you today?")).containsExactly("chief-complaint");
    }

    @Test
    void anIntroductionFollowedByAnOpeningWithoutAQuestionMarkIsAnswered() {
        assertThat(given(station("chest-pain-en"), "Good morning, I'm Dr Shah, the registrar. Tell me what's going on."))
                .containsExactly("chief-complaint");
        assertThat(given(station("chute-personne-agee-fr"), "Bonjour, je suis l'interne de garde. Alors, racontez-moi."))
                .containsExactly("motif");
    }

    @Test
    void openingsInOtherWords() {
        assertThat(given(station("breathlessness-en"), "What's made you come in tonight?")).containsExactly("chief-complaint");
        assertThat(given(station("medication-history-en"), "How did you end up in here?")).containsExactly("chief-complaint");
    }

    @Test
    void theWordsThatGoWithAnExaminationAddNoFact() {
        assertThat(given(station("cardiovascular-exam-en"), "Let me listen to your heart, just relax and breathe normally."))
                .containsExactly("auscultation");
    }
}
