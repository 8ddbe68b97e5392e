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
 * The scripted patient understands the kind of utterance before it looks for a fact: on the shipped
 * chest-pain station, with questions written for this test (not from the blind set).
 */
class PatientUnderstandingTest {

    private static final ScheduledExecutorService EXECUTOR = Executors.newSingleThreadScheduledExecutor();
    private final ScriptedPatient patient = new ScriptedPatient(EXECUTOR, 0);
    private final Scenario chestPain = BlindPatientQuestionsTest.scenario("chest-pain-en");

    @AfterAll
    static void stop() {
        EXECUTOR.shutdownNow();
    }

    private List<String> given(String question) {
        return BlindPatientQuestionsTest.given(chestPain, patient.answer(chestPain, question));
    }

    @Test
    void aHistoryQuestionNeverGetsAFinding() {
        assertThat(given("Have you ever been told you have high blood pressure?")).containsExactly("past-medical-history");
    }

    @Test
    void anExaminationRequestGetsTheFindingOrTheExaminersNeutralAnswer() {
        assertThat(given("Could I listen to his heart?")).containsExactly("cardiovascular-exam");
        assertThat(given("I'd like to examine his abdomen")).containsExactly("neutral");
        assertThat(patient.answer(chestPain, "Can I look at his feet?")).isEqualTo("[Examiner] " + chestPain.neutralFinding());
    }

    @Test
    void anExaminationIsKnownByWhatIsExaminedHoweverItIsDone() {
        assertThat(given("wheeze-child-en", "I'll put my stethoscope on his chest, front and back, while he breathes."))
                .containsExactly("chest");
        assertThat(given("toux-nourrisson-fr", "J'ausculte ses poumons, en haut puis en bas, des deux côtés."))
                .containsExactly("auscultation");
    }

    @Test
    void aResultAskedOfTheExaminerGetsTheTestNotTheHistory() {
        assertThat(given("And his troponin, what did it come back as?")).containsExactly("troponin");
        assertThat(given("What are his latest obs looking like?")).containsExactly("vitals");
        assertThat(given("Is there an angiogram result?")).containsExactly("neutral");
        assertThat(given("Have you ever been told you have high blood pressure?")).containsExactly("past-medical-history");
        assertThat(given("douleur-lombaire-fr", "Et la créatinine, elle est à combien ?")).containsExactly("biologie");
    }

    @Test
    void everyPartOfACompoundQuestionIsAnswered() {
        assertThat(given("Any allergies, and do you smoke?")).containsExactlyInAnyOrder("allergies", "smoking");
        assertThat(given("Is it sharp or dull?")).containsExactly("character");
    }

    @Test
    void aRelativesHealthIsFamilyHistory() {
        assertThat(given("Has your brother had any heart problems?")).containsExactly("family-history");
    }

    @Test
    void theOneWhoSpeaksForThePatientIsAskedAboutTheirOwnHealthNotThePatients() {
        Scenario confusion = BlindPatientQuestionsTest.scenario("confusion-elderly-en");
        assertThat(BlindPatientQuestionsTest.given(confusion, patient.answer(confusion, "Do you have any medical problems yourself?")))
                .isEmpty();
        assertThat(BlindPatientQuestionsTest.given(confusion, patient.answer(confusion, "Does she have any medical problems?")))
                .containsExactly("past-history");
    }

    @Test
    void aDoseTheScriptDoesNotGiveIsNotAnsweredByTheMedicine() {
        assertThat(given("How many milligrams is your blood pressure tablet?")).isEmpty();
        assertThat(given("Do you take any regular medication?")).containsExactly("medications");
    }

    @Test
    void whatMakesItWorseIsNotAnotherSymptom() {
        assertThat(given("Is the pain worse when you take a deep breath?")).containsExactly("relieving-aggravating");
    }

    @Test
    void aGreetingWithAnIntroductionGetsTheGreetingOnlyAndNothingElseGetsIt() {
        assertThat(given("Good afternoon, I'm Dr Patel, one of the medical team")).containsExactly("greeting");
        assertThat(given("Who is your GP?")).doesNotContain("greeting");
    }

    @Test
    void aFactMustExplainWhatIsAskedNotOnlyWhereOrWhen() {
        // "home" and "weekend" only place the question; cats and golf are in no fact of the script.
        assertThat(given("Do you have a cat at home?")).isEmpty();
        assertThat(given("Do you play golf at the weekend?")).isEmpty();
        assertThat(given("Any sweating with the pain?")).containsExactly("sweating");
        assertThat(given("Are you on any tablets?")).containsExactly("medications");
    }

    @Test
    void theOpeningQuestionGetsTheChiefComplaint() {
        assertThat(given("so whats brought u here")).containsExactly("chief-complaint");
        assertThat(given("Mr Walker, I can see this is hard. So, what's going on today?")).containsExactly("chief-complaint");
    }

    private List<String> given(String station, String question) {
        Scenario scenario = BlindPatientQuestionsTest.scenario(station);
        return BlindPatientQuestionsTest.given(scenario, patient.answer(scenario, question));
    }

    @Test
    void anExaminationDescribedByWhatTheStudentDoesIsAnExamination() {
        // Written for this test from the station files, not from a blind set.
        assertThat(given("I'm just going to press on your tummy, tell me if it hurts")).containsExactly("neutral");
        assertThat(given("abdominal-pain-en", "I'm going to push gently on your belly, let me know if it's sore"))
                .containsExactly("abdominal-exam");
        assertThat(given("cephalee-fr", "je vais appuyer sur votre ventre, dites-moi si ça fait mal")).containsExactly("neutral");
        assertThat(given("examen-genou-fr", "je vais appuyer sur la rotule")).containsExactly("palpation-osseuse");
        assertThat(given("examen-genou-fr", "je stabilise la cuisse et je fais avancer le tibia, genou à 20 degrés"))
                .containsExactly("lachman");
    }

    @Test
    void anExaminationByHandOrEarNeverGetsATestOrTheVitalSigns() {
        // The station scripts an ultrasound of the abdomen, no palpation of it.
        assertThat(given("consentement-chirurgie-fr", "je vais palper votre ventre")).containsExactly("neutral");
        // The vital signs say the heart rate; listening to the heart is another examination.
        assertThat(given("cephalee-fr", "je vais écouter votre cœur")).containsExactly("neutral");
        assertThat(given("Could I listen to his heart?")).containsExactly("cardiovascular-exam");
    }

    @Test
    void aGestureAloneIsNotAnsweredWithAFactThatSharesItsWord() {
        assertThat(given("famille-en-colere-fr", "je voudrais l'écouter au stéthoscope")).containsExactly("neutral");
    }

    @Test
    void eachAlternativeOfAQuestionIsAnsweredWhenItIsAFactOfItsOwn() {
        assertThat(given("abdominal-pain-en", "any fever or loss of appetite")).containsExactlyInAnyOrder("fever", "appetite");
        assertThat(given("cephalee-fr", "vous avez de la fièvre ou des vomissements ?"))
                .containsExactlyInAnyOrder("fievre", "vomissements");
        assertThat(given("Is the pain there all the time or does it come and go?")).containsExactly("timing");
    }

    @Test
    void theOpeningQuestionGetsTheFactWhosePhrasingIsOneWhenNoneIsNamedForIt() {
        assertThat(given("famille-en-colere-fr", "racontez-moi ce qui s'est passé")).containsExactly("recit-colere");
        assertThat(given("examen-genou-fr", "qu'est-ce qui vous est arrivé ?")).containsExactly("motif");
    }

    @Test
    void aQuestionAboutSomeoneElseIsAnsweredOnlyWithWhatTheScriptTellsOfThem() {
        // Written for this test from the station files, not from a blind set.
        assertThat(given("Where does your wife work?")).isEmpty();
        assertThat(given("Did your father have a heart attack?")).containsExactly("family-history");
        assertThat(given("Your brother, did he have a stent?")).containsExactly("family-history");
        assertThat(given("erreur-medicamenteuse-fr", "Votre fille est votre personne de confiance ?")).containsExactly("famille");
        assertThat(given("erreur-medicamenteuse-fr", "Votre fille, elle travaille ?")).isEmpty();
    }

    @Test
    void aStatementGetsOneReactionToWhatItSays() {
        assertThat(given("erreur-medicamenteuse-fr",
                "Nous avons fait une erreur : on vous a donné de l'amoxicilline alors que vous êtes allergique à la pénicilline"))
                .containsExactly("reaction-erreur");
    }

    @Test
    void aQuestionAboutWhatThePersonFearsGetsTheirConcerns() {
        assertThat(given("Is anything worrying you about all this?")).containsExactly("concerns");
        assertThat(given("What do you think is causing the pain?")).containsExactly("concerns");
    }

    @Test
    void anExaminationThatNamesNoPartGetsTheStationsOnlyExamination() {
        assertThat(given("erreur-medicamenteuse-fr", "Je vais vous examiner")).containsExactly("examen-clinique");
    }
}
