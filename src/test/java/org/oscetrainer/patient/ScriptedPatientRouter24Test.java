package org.oscetrainer.patient;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.oscetrainer.catalog.Scenario;
import org.oscetrainer.catalog.Scenario.Fact;
import org.oscetrainer.patient.internal.ScriptedPatient;

/**
 * router24 (issue 13): what the student says before a question (empathy, an acknowledgement, a recap) is context; when
 * the question alone finds no fact, a fact the context's words found answers only when it speaks of what the question
 * asks. "That must have been a worry. Have you looked anything up online?" is not answered by the worry. A question that
 * names its topic, one too short to name it without the words before, or one with a pronoun pointing back at them ("it",
 * « ça ») still leans on the context. Written by router24 on a small
 * station of its own, not from any blind set.
 */
class ScriptedPatientRouter24Test {

    private static final ScheduledExecutorService EXECUTOR = Executors.newSingleThreadScheduledExecutor();
    private static final ScriptedPatient PATIENT = new ScriptedPatient(EXECUTOR, 0);

    @AfterAll
    static void stop() {
        EXECUTOR.shutdownNow();
    }

    @Test
    void aQuestionAfterEmpathyIsNotAnsweredByTheWorryTheEmpathyNamed() {
        // router23b: a lead-in that is no reflection (Reflections would leave an empathy out before this guard sees it):
        // "drive" finds the work, which says nothing of what is asked
        assertThat(given("OK, the drive here was bumpy. Have you looked anything up on the internet?")).isEmpty();
        assertThat(given("That must have been really frightening for you. Have you looked anything up on the internet?")).isEmpty();
        // the same kind of worry, asked: the concern
        assertThat(given("That must have been frightening. What worries you most about it?")).containsExactly("concerns");
    }

    @Test
    void aQuestionAfterARecapStillGetsTheFactItAsks() {
        // the question names its topic: the fact that says it
        assertThat(given("So it started on Monday. Does the pain go down into your groin?")).containsExactly("radiation");
        // a short question leans on the words before it
        assertThat(given("Some people get pain that moves down into the groin. Does yours?")).containsExactly("radiation");
    }

    @Test
    void anIntroductionBeforeAskingLeaveIsNotASymptomLookedUp() {
        assertThat(given("Hi, I'm Alex, one of the students. I can see you're in a lot of pain. Would it be all right if I asked you a few questions?"))
                .doesNotContain("concerns", "pain");
    }

    /** A small station: renal colic, a worried man who works as a driver. */
    private static Scenario station() {
        return new Scenario("test-router24", 9_024L, "Loin pain", "en", 8, "Emergency department. Take a focused history.",
                new Scenario.Persona("Tom Price", 41, "male", "delivery driver", "worried", "This pain in my side is killing me.",
                        "Sorry, I'm not sure, doctor."),
                List.of(new Fact("pain", "It's a terrible pain in my right side. It comes in waves.",
                                List.of("where is the pain", "what is the pain like", "describe the pain")),
                        new Fact("radiation", "It goes down into my groin.",
                                List.of("does the pain go anywhere", "does it move", "does it spread to the groin")),
                        new Fact("concerns", "I'm frightened it's something serious, like my appendix bursting.",
                                List.of("what worries you", "are you worried", "any concerns", "what are you frightened of")),
                        new Fact("work", "I drive a delivery van, so I can't afford to be off.",
                                List.of("what do you do for work", "what is your job"))),
                List.of(), "Nothing abnormal on this examination.");
    }

    private static List<String> given(String question) {
        Scenario scenario = station();
        String answer = PATIENT.answer(scenario, List.of(new Exchange(Exchange.Speaker.PATIENT, scenario.patient().openingLine())), question);
        return BlindPatientQuestionsTest.given(scenario, answer);
    }
}
