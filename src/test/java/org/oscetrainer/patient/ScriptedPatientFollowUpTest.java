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
 * router19 (issue 13) on stations the design dialogues do not use, with phrasings written here: a follow-up is read
 * with the turns before it ("since when?" after the rash, « depuis combien de temps ? » after the cigarettes, "anything
 * else?" after the list of medicines, "sorry, how long did you say?"), a typed compound ("… n …", « depuis qd et … »)
 * is answered part by part, and a self-contained question is answered the same with or without the history.
 */
class ScriptedPatientFollowUpTest {

    private static final ScheduledExecutorService EXECUTOR = Executors.newSingleThreadScheduledExecutor();
    private static final ScriptedPatient PATIENT = new ScriptedPatient(EXECUTOR, 0);

    @AfterAll
    static void stop() {
        EXECUTOR.shutdownNow();
    }

    @Test
    void aQuestionOfOneDetailAsksItOfTheLastFact() {
        assertThat(last("febrile-child-en", "Have you noticed any rash?", "Since when?")).containsExactly("rash");
        assertThat(last("febrile-child-en", "Have you given him anything for the fever?", "What time?")).containsExactly("antipyretics");
        assertThat(last("low-mood-en", "How much do you drink?", "How often?")).containsExactly("alcohol");
        assertThat(last("insomnie-fatigue-fr", "Vous fumez ?", "Depuis combien de temps ?")).containsExactly("autres-consommations");
    }

    @Test
    void theOpeningStoryLeavesItsDetailsToTheirOwnFacts() {
        // "since when?" after what brings the patient is the onset, as alone
        assertThat(last("chest-pain-en", "What brings you in?", "Since when?"))
                .isEqualTo(alone("chest-pain-en", "Since when?"));
    }

    @Test
    void aRequestToRepeatOrExplainGetsTheLastReplyOrTheOneItNames() {
        assertThat(last("low-mood-en", "Have you had any thoughts of ending your life?", "Sorry, how long did you say?"))
                .containsExactly("suicidal-thoughts");
        assertThat(last("insomnie-fatigue-fr", "Vous dormez comment ?", "C'est-à-dire ?")).containsExactly("sommeil");
        assertThat(last("low-mood-en", "How's your sleep?", "Do you drink?", "What did you say about your sleep?"))
                .containsExactly("sleep");
    }

    @Test
    void anythingElseAfterAListQuestionIsMoreOfTheSameKind() {
        // a fact about her medicines she has not said yet (the question's words choose it: here how she takes them),
        // not the list again, nor an unprompted line
        assertThat(last("medication-history-en", "What medicines do you take?", "Anything else?")).hasSize(1)
                .containsAnyOf("over-the-counter", "other-preparations", "zopiclone", "amitriptyline", "adherence",
                        "recent-changes", "blood-pressure-tablets", "side-effects");
    }

    @Test
    void aShortQuestionThatPointsBackIsAboutTheReplyThatSaysIt() {
        assertThat(last("medication-history-en", "Any problems with your waterworks?", "Does it sting?")).containsExactly("urinary");
    }

    @Test
    void aSelfContainedQuestionIsNotChangedByTheHistory() {
        for (String q : List.of("Has he had all his jabs?", "Any allergies?", "Is he drinking?", "Any fits?")) {
            assertThat(last("febrile-child-en", "Have you noticed any rash?", "Since when?", q)).as(q).isEqualTo(alone("febrile-child-en", q));
        }
        for (String q : List.of("Vous buvez de l'alcool ?", "Vous avez des enfants ?", "Et le moral ?")) {
            assertThat(last("insomnie-fatigue-fr", "Vous fumez ?", "Depuis combien de temps ?", q)).as(q).isEqualTo(alone("insomnie-fatigue-fr", q));
        }
    }

    @Test
    void aTypedCompoundIsAnsweredPartByPart() {
        assertThat(alone("chest-pain-en", "how bad is it n does it go anywhere")).containsExactlyInAnyOrder("severity", "radiation");
        assertThat(alone("cephalee-fr", "depuis qd et ça descend quelque part ?")).containsExactlyInAnyOrder("debut", "irradiation");
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

    private static List<String> alone(String station, String question) {
        Scenario scenario = BlindPatientQuestionsTest.scenario(station);
        return BlindPatientQuestionsTest.given(scenario, PATIENT.answer(scenario, question));
    }
}
