package org.oscetrainer.patient;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.oscetrainer.catalog.Scenario;
import org.oscetrainer.catalog.Scenario.Fact;
import org.oscetrainer.patient.internal.ScriptedPatient;

/**
 * router22b (the review of router22's {@code AskedOfSomeone}): a question that asks nothing of someone other than the
 * patient, or one a fact does answer, is not given the persona's unknown line. The patient's household is about the
 * patient; a parent's illness says how the parent is; where an interpreter speaks, "she" is the patient; a proxy asked
 * "how are you coping, Mum?" is asked of herself; one the patient went to see knows; « la douleur, elle fait quoi ? »
 * asks what the pain does. Beside each, a question that does ask of someone what the script does not say still gets the
 * unknown line.
 */
class ScriptedPatientRouter22Test {

    private static final ScheduledExecutorService EXECUTOR = Executors.newSingleThreadScheduledExecutor();
    private static final ScriptedPatient PATIENT = new ScriptedPatient(EXECUTOR, 0);

    @AfterAll
    static void stop() {
        EXECUTOR.shutdownNow();
    }

    @Test
    void whoLivesWithThePatientIsAskedOfThePatient() {
        assertThat(last("chest-pain-en", "Who lives with you?")).containsExactly("social");
        assertThat(last("chest-pain-en", "Does anyone live with you?")).containsExactly("social");
        // who came with him today is still asked of someone, and not said by "I live with my wife"
        assertThat(last("chest-pain-en", "Does Sandra know you're here?")).isEmpty();
    }

    @Test
    void aParentsIllnessSaysHowTheParentIs() {
        assertThat(last("headache-pregnancy-en", "Are your parents well?")).containsExactly("family-history");
        Scenario family = family();
        assertThat(last(family, "Are your parents well?")).containsExactly("family");
        assertThat(last(family, "Is your mum okay?")).containsExactly("family");
        // a brother the fact names for what he once had says nothing of how he is now
        assertThat(last("chest-pain-en", "Is your brother alright now?")).isEmpty();
    }

    @Test
    void whereAnInterpreterSpeaksSheIsThePatient() {
        assertThat(last("interpreter-fever-en", "Does she know when her last period was?")).containsExactly("pregnancy");
        assertThat(last("interpreter-fever-en", "Does she work?")).containsExactly("social");
        // her husband is still someone else: nothing says whether he knows the details
        assertThat(last("interpreter-fever-en", "Does he know about the burning?")).isEmpty();
    }

    @Test
    void aProxyAskedHowSheIsCopingIsAskedOfHerself() {
        // febrile-child-en's script has no fact for how the mother copes: a small station that has one
        Scenario child = new Scenario("test-proxy", 9_003L, "Cough in a child", "en", 8, "GP surgery. Take a history from his mother.",
                new Scenario.Persona("Sam Reid", 3, "male", "nursery", "The speaker is Kate, his mother: tired and worried",
                        "He's been coughing all night.", "Sorry, I don't know."),
                List.of(new Fact("coping", "I'm exhausted, to be honest, I've hardly slept all week.",
                                List.of("how are you coping", "how are you managing", "are you getting any sleep")),
                        new Fact("home", "It's just me and Sam at home. His dad works away on the rigs.",
                                List.of("who lives at home", "who's at home", "his dad"))),
                List.of(), "Nothing abnormal on this examination.");
        assertThat(last(child, "How are you coping, Mum?")).containsExactly("coping");
        assertThat(last(child, "How are you coping?")).containsExactly("coping");
        // his dad is someone else, and nothing says how he copes
        assertThat(last(child, "How is his dad coping?")).isEmpty();
    }

    @Test
    void oneThePatientWentToSeeKnows() {
        assertThat(last(family(), "Did you tell your GP about this?")).containsExactly("seen");
    }

    @Test
    void aPronounForAThingIsNoPerson() {
        List<String> pain = last("douleur-lombaire-fr", "Et la douleur, elle fait quoi ?");
        assertThat(pain).isNotEmpty();
        assertThat(last("douleur-lombaire-fr", "Et votre femme, elle fait quoi ?")).isEmpty();
    }

    /** A small station whose facts name the parents' illnesses and a visit to the GP. */
    private static Scenario family() {
        return new Scenario("test-family", 9_002L, "Cough", "en", 8, "GP surgery. Take a focused history.",
                new Scenario.Persona("Jane Hill", 45, "female", "teacher", "calm", "I've had this cough for weeks.",
                        "Sorry, I don't know."),
                List.of(new Fact("family", "My mum has type 2 diabetes and my dad has high blood pressure.",
                                List.of("family history", "does anything run in the family", "parents", "mum", "dad")),
                        new Fact("seen", "I've been to the GP twice already. The antibiotics did nothing.",
                                List.of("have you seen anyone about this", "seen the gp", "gp", "doctor"))),
                List.of(), "Nothing abnormal on this examination.");
    }

    private static List<String> last(String station, String... questions) {
        return last(BlindPatientQuestionsTest.scenario(station), questions);
    }

    /** The fact and finding ids of the reply to the last of {@code questions}, the earlier ones played before it. */
    private static List<String> last(Scenario scenario, String... questions) {
        return BlindPatientQuestionsTest.given(scenario, answer(scenario, questions));
    }

    private static String answer(Scenario scenario, String... questions) {
        List<Exchange> history = new ArrayList<>();
        history.add(new Exchange(Exchange.Speaker.PATIENT, scenario.patient().openingLine()));
        String answer = null;
        for (String q : questions) {
            answer = PATIENT.answer(scenario, List.copyOf(history), q);
            history.add(new Exchange(Exchange.Speaker.STUDENT, q));
            history.add(new Exchange(Exchange.Speaker.PATIENT, answer));
        }
        return answer;
    }
}
