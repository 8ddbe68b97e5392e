package org.oscetrainer.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.oscetrainer.catalog.AgentClinicImporter.ImportedStation;
import org.oscetrainer.patient.internal.ScriptedPatient;

/**
 * The shapes AgentClinic's files use beyond the first MedQA layout: history fields given as lists or objects,
 * medication lists, empty symptom fields (variants.jsonl, made from the MIT-licensed samples), and the NEJM
 * layout. Each becomes a playable station whose patient answers as a person would.
 */
class AgentClinicLayoutsTest {

    private static final ScheduledExecutorService EXECUTOR = Executors.newSingleThreadScheduledExecutor();
    private final AgentClinicImporter importer = new AgentClinicImporter();
    private final ScriptedPatient patient = new ScriptedPatient(EXECUTOR, 0);

    @AfterAll
    static void stop() {
        EXECUTOR.shutdownNow();
    }

    private List<ImportedStation> variants() {
        return importer.convertJsonLines(AgentClinicCorpusTest.resource("/agentclinic/variants.jsonl"), "variant");
    }

    private static Scenario scenario(ImportedStation station) {
        assertThat(station.problems()).isEmpty();
        return StationFiles.scenario(station.stationId(), station.scenarioYaml()).orElseThrow();
    }

    @Test
    void listsAndObjectsAreKeptAsTextAndMedicationsAnswerTheMedicationQuestion() {
        ImportedStation station = variants().get(0);
        Scenario s = scenario(station);
        assertThat(patient.answer(s, "Are you taking any medications?"))
                .isEqualTo("I take lisinopril 10 mg daily and ibuprofen as needed.");
        assertThat(patient.answer(s, "Do you smoke?")).isEqualTo("I don't smoke. I drink wine occasionally. I work as a graphic designer.");
        assertThat(patient.answer(s, "Any past medical history?")).contains("Hypertension, well controlled")
                .contains("Appendectomy");
        assertThat(patient.answer(s, "Do you wear contact lenses?")).isEqualTo("Yes, I use contact lenses.");
        assertThat(patient.answer(s, "Could I have the vital signs?")).isEqualTo("[Examiner] Vital signs: within normal limits.");
        assertThat(station.notes()).anySatisfy(n -> assertThat(n).startsWith("Given as a list or an object, kept as text: "
                + "OSCE_Examination.Patient_Actor.Past_Medical_History"));
    }

    @Test
    void anEmptyPrimarySymptomTakesTheFirstSecondaryOneAndARectalExaminationFindsTheRectovaginalFinding() {
        ImportedStation station = variants().get(1);
        Scenario s = scenario(station);
        assertThat(s.title()).isEqualTo("Pelvic pain in a 24-year-old woman");
        assertThat(patient.answer(s, "I'd like to do a rectal examination")).contains("rectovaginal: Nodularity");
        assertThat(patient.answer(s, "What do you do for work?")).startsWith("I work as an event manager, and have been");
    }

    @Test
    void aPretermNewbornIsANewbornAndTheParentSpeaksOfTheChild() {
        ImportedStation station = variants().get(2);
        Scenario s = scenario(station);
        assertThat(s.title()).endsWith("in a newborn boy").doesNotContain("week-old");
        assertThat(patient.answer(s, "Does he appear unwell?")).isEqualTo("Yes, my son appears unwell.");
        assertThat(patient.answer(s, "Is he taking any medications?")).isEqualTo("No, we don't give any medicines.");
    }

    @Test
    void aCaseWithNoSymptomsAtAllIsStillImported() {
        ImportedStation station = variants().get(3);
        assertThat(scenario(station).title()).startsWith("New presentation in an 8-month-old boy");
        assertThat(station.notes()).contains("The case gives no symptom: the title, opening line and chief complaint are "
                + "generic. Write them as the patient would put it.");
    }

    @Test
    void nejmCasesHideTheCorrectAnswerAndListTheOthersAsDifferentials() {
        List<ImportedStation> stations = importer.convertJsonLines(AgentClinicCorpusTest.resource("/agentclinic/nejm-sample.jsonl"), "nejm");
        assertThat(stations).allSatisfy(st -> assertThat(st.ok()).as(st.stationId() + " " + st.problems()).isTrue());
        ImportedStation first = stations.get(0);
        assertThat(first.scenarioYaml()).contains("agentclinic_nejm.jsonl").contains("diagnosis: Exogenous ochronosis")
                .contains("- name: Contact dermatitis").contains("- name: Solar lentigenes")
                .doesNotContain("image_url").doesNotContain("csvc.nejm.org");
        Scenario s = scenario(first);
        assertThat(s.title()).isEqualTo("Skin darkening on the face in a 55-year-old woman");
        assertThat(patient.answer(s, "When did it start?")).startsWith("I have noticed my skin darkening on my face over the past year.")
                .doesNotContain("your role").doesNotContain("you");
        assertThat(patient.answer(s, "Could I see the skin biopsy results?")).contains("banana-shaped bodies");
        assertThat(patient.answer(s, "Can I have the physical examination findings?")).contains("Bluish-brown patches");

        Scenario child = scenario(stations.get(1));
        assertThat(patient.answer(child, "Can I have the imaging results?")).contains("CT scan of the neck");
        assertThat(patient.answer(child, "Any laboratory testing results?")).contains("Peripheral eosinophilia")
                .contains("human immunodeficiency virus (HIV): Negative");
    }

    @Test
    void aNejmCaseWithoutOneCorrectAnswerIsRefusedWithItsReason() {
        ImportedStation refused = importer.convert("{\"question\": \"A 30-year-old man has a rash.\", \"patient_info\": "
                + "\"You are a 30-year-old man with a rash.\", \"answers\": [{\"text\": \"Eczema\", \"correct\": false}]}", "nejm-x");
        assertThat(refused.ok()).isFalse();
        assertThat(refused.problems()).singleElement().asString().contains("'answers' has 0 answers marked correct, not one");
    }
}
