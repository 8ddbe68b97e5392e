package org.oscetrainer.patient;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.oscetrainer.catalog.Scenario;
import org.oscetrainer.patient.internal.ScriptedPatient;

/**
 * router10 (issue 13) on real stations, with phrasings written here (not from a blind set): a greeting before a
 * question, a relative's history never answered with the patient's own, a result asked of whoever holds the file,
 * an investigation the station does not script.
 */
class ScriptedPatientMeaningTest {

    private static final ScheduledExecutorService EXECUTOR = Executors.newSingleThreadScheduledExecutor();
    private final ScriptedPatient patient = new ScriptedPatient(EXECUTOR, 0);

    @AfterAll
    static void stop() {
        EXECUTOR.shutdownNow();
    }

    private static Scenario station(String id) {
        return PatientEvaluation.station(id);
    }

    @Test
    void aGreetingBeforeAQuestionIsAnsweredByTheAnswer() {
        Scenario s = station("medication-history-en");
        assertThat(patient.answer(s, "Hello Peggy, how can I help?")).startsWith("I had a fall at home");
        assertThat(patient.answer(s, "Hello")).startsWith("Hello, dear.");
        Scenario chute = station("chute-personne-agee-fr");
        assertThat(patient.answer(chute, "Bonjour, asseyez-vous")).startsWith("Bonjour docteur.");
    }

    @Test
    void aRelativesHistoryIsNotThePatientsOwn() {
        Scenario s = station("medication-history-en");
        assertThat(patient.answer(s, "Mum or dad, any health problems?"))
                .isEqualTo("My mother had a stroke in her eighties. Nothing else I can think of.");
    }

    @Test
    void aResultAskedOfWhoeverHoldsTheFileIsTheExaminers() {
        Scenario s = station("chute-personne-agee-fr");
        assertThat(patient.answer(s, "Vous avez l'ECG ?")).startsWith("[Examinateur] ECG :");
        assertThat(patient.answer(s, "On demande une polysomnographie ?")).startsWith("[Examinateur] Rien de particulier");
    }
}
