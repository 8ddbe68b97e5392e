package org.oscetrainer.patient;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.oscetrainer.catalog.Scenario;
import org.oscetrainer.patient.internal.ScriptedPatient;

/**
 * router23 (issue 13, what a student's turn refers to): the empathy, thanks and acknowledgement a student says around
 * a question tell the patient nothing and ask nothing ({@code Reflections}): "That sounds really frightening. Do you
 * have any pets at home?" asks about pets, not about the patient's fears. Written by router23 from how a rapport
 * builder speaks, not from any evaluation set. Beside each, a turn whose other sentence does something (a greeting, an
 * examination) or that only reflects is left as it was. A short question that points back ("is it worse at any
 * particular time?") and finds nothing read alone takes the topic of the question before when the fact found says some of
 * its words and the script says the others.
 */
class ScriptedPatientRouter23Test {

    private static final ScheduledExecutorService EXECUTOR = Executors.newSingleThreadScheduledExecutor();
    private static final ScriptedPatient PATIENT = new ScriptedPatient(EXECUTOR, 0);

    @AfterAll
    static void stop() {
        EXECUTOR.shutdownNow();
    }

    @Test
    void theEmpathyAroundAQuestionIsNotAQuestionAboutFears() {
        // both were answered with the patient's concerns, the words "frightening" and "shock"
        assertThat(last("chest-pain-en", "That sounds really frightening. Do you have any pets at home?")).isEmpty();
        assertThat(last("chest-pain-en", "I'm so sorry, that must have been a horrible shock. Do you smoke?"))
                .containsExactly("smoking");
        assertThat(last("cephalee-fr", "C'est vrai que ça doit être inquiétant. Et votre sœur, elle habite où ?")).isEmpty();
        assertThat(last("cephalee-fr", "Je suis vraiment désolé. Vous fumez ?")).containsExactly("toxiques");
    }

    @Test
    void aTurnThatOnlyReflectsOrDoesSomethingIsLeftWhole() {
        // nothing else is asked: the patient reacts to the reflection itself
        assertThat(last("chest-pain-en", "That must be very worrying for you.")).containsExactly("concerns");
        // a greeting or an examination said with thanks still greets or examines
        assertThat(last("chest-pain-en", "Thanks, I'll listen to your heart now. Is that okay?"))
                .containsExactly("cardiovascular-exam");
        assertThat(last("chest-pain-en", "Hi, thanks for waiting. What's brought you in today?")).contains("chief-complaint");
        // "I understand" that reports what the student has heard names the topic the question leans on: kept
        assertThat(last("cephalee-fr", "Je comprends que vous avez vomi ce matin. Combien de fois ?")).containsExactly("vomissements");
    }

    @Test
    void aQuestionThatPointsBackAndReadsNothingAloneTakesTheTopicOfTheQuestionBefore() {
        // "it" is the cough just asked about: "worse" and "time" are said by the script, and the cough's fact says when
        assertThat(last("wheeze-child-en", "Tell me about his cough.", "Is it worse at any particular time?")).containsExactly("cough");
        // a word no fact says stays unscripted
        assertThat(last("wheeze-child-en", "Tell me about his cough.", "Does it sound like a seal barking?")).isEmpty();
    }

    @Test
    void aRecapNamingAPoorSymptomIsNoReflection() {
        // router23b: "poor" reflects only as "poor you", "poor thing"; "poor appetite" is the topic the question asks of
        assertThat(last("low-mood-en", "You mentioned poor appetite. Since when?")).contains("appetite-weight");
    }

    @Test
    void anythingElseAfterAQuestionSaidWithEmpathyAsksAgainTheQuestionNotTheEmpathy() {
        // router23b: the earlier question was read with its empathy ("frightening"), so "anything else?" found the fears
        assertThat(last("chest-pain-en", "That must have been so frightening for you. Do you take any regular medicines?", "Anything else?"))
                .doesNotContain("concerns");
    }

    private static List<String> last(String station, String... questions) {
        Scenario scenario = BlindPatientQuestionsTest.scenario(station);
        List<Exchange> history = new ArrayList<>();
        history.add(new Exchange(Exchange.Speaker.PATIENT, scenario.patient().openingLine()));
        String answer = null;
        for (String q : questions) {
            answer = PATIENT.answer(scenario, List.copyOf(history), q);
            history.add(new Exchange(Exchange.Speaker.STUDENT, q));
            history.add(new Exchange(Exchange.Speaker.PATIENT, answer));
        }
        return BlindPatientQuestionsTest.given(scenario, answer);
    }
}
