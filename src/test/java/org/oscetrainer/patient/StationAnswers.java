package org.oscetrainer.patient;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.oscetrainer.catalog.Scenario;
import org.oscetrainer.patient.internal.ScriptedPatient;

/**
 * What the router tests share: the scripted patient's answer to one question on a real station, as the fact and
 * finding ids it gives.
 */
final class StationAnswers {

    /** Never shut down: a daemon thread, shared by every test class that asks. */
    private static final ScheduledExecutorService EXECUTOR = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "station-answers");
        thread.setDaemon(true);
        return thread;
    });

    private StationAnswers() {
    }

    /**
     * The answer's fact and finding ids. A fresh patient for each question: {@link PatientEvaluation#station} gives every
     * station version 1, and one patient caches its matchers per version.
     */
    static List<String> given(String station, String question) {
        Scenario s = PatientEvaluation.station(station);
        return BlindPatientQuestionsTest.given(s, new ScriptedPatient(EXECUTOR, 0).answer(s, question));
    }
}
