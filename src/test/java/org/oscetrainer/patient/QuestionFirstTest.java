package org.oscetrainer.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.oscetrainer.catalog.HiddenDiagnosis;
import org.oscetrainer.patient.internal.CheckGate;
import org.oscetrainer.patient.internal.ScriptedPatient;
import org.oscetrainer.patient.internal.StationGuard;

/**
 * A new question's work before the model is asked takes a place at the node's gate, ahead of every check
 * ({@link CheckGate#questionFirst}, perf21); the station's hidden diagnosis, which the catalog may read from the
 * database, is read before, out of that place (perf22): every check of the node would wait for the read.
 */
class QuestionFirstTest {

    private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(1);

    @AfterEach
    void stop() {
        scheduler.shutdownNow();
    }

    @Test
    void theHiddenDiagnosisIsReadOutOfTheQuestionsPlaceAtTheGate() throws Exception {
        assertThat(CheckGate.questionFirst(System.nanoTime(), CheckGate::inQuestionPlace)).isTrue(); // the probe works
        assertThat(CheckGate.inQuestionPlace()).isFalse();
        List<Boolean> readInPlace = new CopyOnWriteArrayList<>();
        var scripted = new ScriptedPatient(scheduler, 0);
        var service = new PatientService(scripted, scripted, new PatientProperties("scripted", Duration.ZERO, true), s -> {
            readInPlace.add(CheckGate.inQuestionPlace());
            return HiddenDiagnosis.NONE;
        });
        RecordingStream stream = new RecordingStream();

        service.reply(TestScenarios.chestPain(), List.of(), "When did the pain start?", stream);

        assertThat(stream.await().text()).isNotBlank();
        assertThat(readInPlace).containsExactly(false);
    }

    @Test
    void theStationsGuardIsGotOutOfTheQuestionsPlaceAtTheGate() throws Exception {
        // the probe: getting a station's guard in a question's place is refused (with assertions on, as in the tests): the
        // first question of a version not made yet makes it, and the others of that version wait for it, holding places
        assertThatThrownBy(() -> CheckGate.questionFirst(System.nanoTime(),
                () -> StationGuard.of(TestScenarios.chestPain(), HiddenDiagnosis.NONE)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("before the question's place");
        var scripted = new ScriptedPatient(scheduler, 0);
        var service = new PatientService(scripted, scripted, new PatientProperties("scripted", Duration.ZERO, true));
        RecordingStream stream = new RecordingStream();

        service.reply(TestScenarios.chestPain(), List.of(), "Does the pain go anywhere else?", stream);

        assertThat(stream.await().text()).isNotBlank();
    }
}
