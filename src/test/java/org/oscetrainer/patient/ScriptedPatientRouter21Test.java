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
 * router21 (issue 13) on real stations, with phrasings written here: a summary the student asks the patient to confirm
 * is answered by the facts it restates; "tell me more about…" a named topic gets the next fact of that topic not yet
 * said, or the one said again when all of it has been said.
 */
class ScriptedPatientRouter21Test {

    private static final ScheduledExecutorService EXECUTOR = Executors.newSingleThreadScheduledExecutor();
    private static final ScriptedPatient PATIENT = new ScriptedPatient(EXECUTOR, 0);

    @AfterAll
    static void stop() {
        EXECUTOR.shutdownNow();
    }

    @Test
    void aSummaryToConfirmIsAnsweredByTheFactsItRestates() {
        assertThat(last("chest-pain-en", "Do you smoke at all?", "So that's twenty a day since you were sixteen, right?"))
                .containsExactly("smoking");
        assertThat(last("cephalee-fr", "Quels médicaments prenez-vous ?", "Donc la pilule, et du Doliprane pour vos migraines, c'est bien ça ?"))
                .containsExactly("traitements");
    }

    @Test
    void aQuestionWithoutLeadInOrTagIsNoSummary() {
        assertThat(last("chest-pain-en", "Do you smoke at all?", "How many a day?")).containsExactly("smoking");
        assertThat(last("chest-pain-en", "Do you smoke at all?", "So, any pain going into your arm?")).containsExactly("radiation");
    }

    @Test
    void tellMeMoreAboutATopicGivesItsNextFactNotYetSaid() {
        assertThat(last("low-mood-en", "What brings you to see me?", "Can you tell me a bit more about your sleep?"))
                .containsExactly("sleep");
        assertThat(last("douleur-lombaire-fr", "Qu'est-ce qui vous amène ?", "Dites-m'en un peu plus sur cette douleur."))
                .hasSize(1).doesNotContain("motif", "episode-anterieur");
    }

    @Test
    void tellMeMoreWhenAllOfTheTopicIsSaidSaysItAgain() {
        assertThat(last("cephalee-fr", "Vous fumez ?", "Dites-m'en un peu plus sur l'alcool.")).containsExactly("toxiques");
    }

    @Test
    void moreInsideAQuestionAsksNoMore() {
        // "more on the left" asks the side: the word "more" changes nothing
        assertThat(last("chest-pain-en", "What brings you in?", "Is the pain more on the left?"))
                .isEqualTo(last("chest-pain-en", "What brings you in?", "Is the pain on the left?"));
    }

    /** The fact and finding ids of the reply to the last of {@code questions}, the earlier ones played before it. */
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
