package org.oscetrainer.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.oscetrainer.catalog.AgentClinicImporter.ImportedStation;
import org.oscetrainer.catalog.internal.RubricFile;
import org.oscetrainer.catalog.internal.ScenarioFile;
import org.oscetrainer.catalog.internal.StationFileParser;
import org.oscetrainer.catalog.internal.agentclinic.Demographics;
import org.oscetrainer.catalog.internal.agentclinic.FirstPersonRewriter;
import org.oscetrainer.common.Words;
import org.oscetrainer.encounter.TranscriptTurn;
import org.oscetrainer.patient.internal.ScriptedPatient;
import org.oscetrainer.scoring.ChecklistScorer;

/**
 * Imports AgentClinic OSCE cases: the ten sample cases of the benchmark (test resources, MIT
 * licence) become valid, playable stations that never give the diagnosis away, and bad input is
 * answered with problems, never an exception.
 */
class AgentClinicImporterTest {

    private static final ScheduledExecutorService EXECUTOR = Executors.newSingleThreadScheduledExecutor();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private final AgentClinicImporter importer = new AgentClinicImporter();

    @AfterAll
    static void stop() {
        EXECUTOR.shutdownNow();
    }

    // ---------------------------------------------------------------- the ten sample cases

    static String sampleJsonLines() {
        try (InputStream in = AgentClinicImporterTest.class.getResourceAsStream("/agentclinic/medqa-sample.jsonl")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Stream<Arguments> samples() {
        return new AgentClinicImporter().convertJsonLines(sampleJsonLines(), "medqa").stream()
                .map(s -> Arguments.of(s.stationId(), s));
    }

    @Test
    void allTenSampleCasesConvertWithoutProblems() {
        List<ImportedStation> stations = importer.convertJsonLines(sampleJsonLines(), "medqa");
        assertThat(stations).hasSize(10);
        assertThat(stations).extracting(ImportedStation::stationId)
                .containsExactly("medqa-1", "medqa-2", "medqa-3", "medqa-4", "medqa-5", "medqa-6", "medqa-7", "medqa-8",
                        "medqa-9", "medqa-10");
        assertThat(stations).allSatisfy(s -> {
            assertThat(s.problems()).as(s.stationId()).isEmpty();
            assertThat(s.scenarioYaml()).isNotNull();
            assertThat(s.rubricYaml()).isNotNull();
            assertThat(s.notes()).anyMatch(n -> n.contains("rubric is a starter"))
                    .anyMatch(n -> n.contains("is a placeholder"));
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void theScriptedPatientAnswersEachFirstPhrasingWithItsOwnFactOrFinding(String id, ImportedStation station) {
        assertThat(misses(station)).as("questions answered with something else in " + id).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void everyFactHasThreeToSixPhrasingsAndEveryFindingAtLeastTwo(String id, ImportedStation station) {
        ScenarioFile s = scenarioFile(station);
        assertThat(s.facts()).allSatisfy(f -> assertThat(f.ask()).as(f.id()).hasSizeBetween(3, 6));
        assertThat(s.findings()).allSatisfy(f -> assertThat(f.ask()).as(f.id()).hasSizeGreaterThanOrEqualTo(2));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void theHiddenDiagnosisIsNeverInAFactOrThePatientSection(String id, ImportedStation station) {
        ScenarioFile s = scenarioFile(station);
        List<String> spoken = new ArrayList<>();
        s.facts().forEach(f -> spoken.add(f.text()));
        var p = s.patient();
        spoken.addAll(Stream.of(p.name(), p.occupation(), p.openingLine(), p.unknownAnswer(),
                p.proxy() == null ? null : p.proxy().name()).filter(t -> t != null).toList());
        spoken.add(s.title());
        spoken.add(s.doorNote());
        assertThat(spoken).noneMatch(text -> namesDiagnosis(text, s.hidden().diagnosis()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void everyRubricItemPointsAtFactsAndIsEarnedByItsFirstEvidence(String id, ImportedStation station) {
        Rubric rubric = StationFiles.rubric("rubrics/" + id + ".yaml", station.rubricYaml()).orElseThrow();
        List<TranscriptTurn> transcript = new ArrayList<>();
        int seq = 1;
        for (Rubric.Item item : rubric.items()) {
            assertThat(item.evidence()).as(item.id()).hasSizeBetween(2, 5);
            transcript.add(new TranscriptTurn(seq, seq, TranscriptTurn.Speaker.STUDENT, item.evidence().get(0), null,
                    Instant.EPOCH));
            seq++;
        }
        assertThat(new ChecklistScorer().score(rubric, "en", transcript)).allSatisfy(s -> assertThat(s.done()).as(s.itemId()).isTrue());
        var parsed = new StationFileParser().parseRubric("rubric", station.rubricYaml()).value();
        assertThat(parsed.items()).allSatisfy(i -> assertThat(i.facts()).as(i.id()).isNotEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void importedFilesFollowTheJsonSchemas(String id, ImportedStation station) throws IOException {
        assertThat(schema("docs/schema/scenario.schema.json").validate(YAML.readTree(station.scenarioYaml()))).isEmpty();
        assertThat(schema("docs/schema/rubric.schema.json").validate(YAML.readTree(station.rubricYaml()))).isEmpty();
    }

    @Test
    void aliasesAreProposedFromTheDiagnosisWordsForEverySample() {
        var aliases = importer.convertJsonLines(sampleJsonLines(), "medqa").stream()
                .collect(java.util.stream.Collectors.toMap(st -> scenarioFile(st).hidden().diagnosis(),
                        st -> scenarioFile(st).hidden().aliases()));
        assertThat(aliases).hasSize(10).allSatisfy((d, a) -> assertThat(a).as(d).isNotEmpty());
        assertThat(aliases.get("Progressive multifocal encephalopathy (PML)"))
                .containsExactly("PML", "progressive multifocal encephalopathy");
        assertThat(aliases.get("Diffuse large B-cell lymphoma")).containsExactly("diffuse large b-cell lymphoma", "DLBCL");
        assertThat(aliases.get("Acute interstitial nephritis"))
                .containsExactly("acute interstitial nephritis", "interstitial nephritis", "AIN");
        assertThat(aliases.get("Congenital Rubella Infection")).containsExactly("congenital rubella infection", "rubella",
                "CRI");
        assertThat(aliases.get("Endometritis")).containsExactly("endometritis");
    }

    @Test
    void theFirstSampleBecomesAStationAsDocumented() {
        ImportedStation station = importer.convertJsonLines(sampleJsonLines(), "medqa").get(0);
        ScenarioFile s = scenarioFile(station);
        assertThat(s.format()).isEqualTo("osce-scenario/3");
        assertThat(s.language()).isEqualTo("en");
        assertThat(s.title()).isEqualTo("Double vision in a 35-year-old woman");
        assertThat(s.durationMinutes()).isEqualTo(10);
        assertThat(s.doorNote()).contains("Assess and diagnose the patient presenting with double vision")
                .contains("Task: Take a focused history").contains("(10 minutes)");
        assertThat(s.authors()).containsExactly("Imported from AgentClinic (MIT licence)");
        assertThat(s.licence()).isEqualTo("MIT");
        assertThat(s.revision()).isEqualTo(1);
        assertThat(s.patient().age()).isEqualTo(35);
        assertThat(s.patient().sex()).isEqualTo("female");
        assertThat(s.patient().name()).isIn("Anna Clarke", "Laura Bennett", "Sarah Hughes", "Emma Turner", "Julia Foster");
        assertThat(s.patient().openingLine()).isEqualTo("Hello, doctor. I've come because of double vision.");
        assertThat(s.patient().occupation()).isEqualTo("Graphic designer");
        assertThat(s.hidden().diagnosis()).isEqualTo("Myasthenia gravis");
        assertThat(s.hidden().aliases()).containsExactly("myasthenia gravis", "MG");
        assertThat(s.hidden().differentials()).isEmpty();
        assertThat(station.notes()).anyMatch(n -> n.startsWith("hidden.aliases holds proposals made from the diagnosis's"
                + " own words (myasthenia gravis, MG): check them, and add the abbreviations, the lay words"));
        assertThat(s.facts()).extracting(ScenarioFile.FactEntry::id).containsExactly("chief-complaint",
                "history-of-present-illness", "difficulty-climbing-stairs", "weakness-upper-limbs", "improvement-symptoms",
                "past-medical-history", "social-history", "review-of-systems");
        assertThat(s.facts()).allSatisfy(f -> assertThat(f.ask()).as(f.id()).hasSizeBetween(3, 6));
        assertThat(s.facts().get(0).disclosure()).isEqualTo("volunteered");
        assertThat(s.facts().get(0).ask()).startsWith("what brings you", "tell me about your symptoms");
        assertThat(s.facts().get(1).text()).startsWith("I have a 1-month history of experiencing double vision")
                .contains("brush my hair");
        assertThat(s.facts().get(6).text()).isEqualTo("I don't smoke, I drink wine occasionally. I work as a graphic designer.");
        assertThat(s.facts().get(7).ask()).startsWith("any other symptoms").contains("any chest pain");
        assertThat(s.findings()).extracting(ScenarioFile.FindingEntry::id)
                .containsExactly("vital-signs", "neurological-examination", "blood-tests", "electromyography", "imaging");
        assertThat(s.findings().get(1).kind()).isEqualTo("examination");
        assertThat(s.findings().get(1).text()).startsWith("Neurological examination — cranial nerves: Presence of ptosis");
        assertThat(s.findings().get(1).ask()).contains("cranial nerves", "neurological examination");
        assertThat(s.findings().get(4).kind()).isEqualTo("test");
        assertThat(s.findings().get(4).text()).isEqualTo("Imaging — chest CT: Normal, no thymoma or other masses detected.");
        assertThat(station.scenarioYaml()).startsWith("# Imported from AgentClinic").contains("MIT");
    }

    @Test
    void naturalQuestionsAreAnsweredFromTheImportedFirstSample() {
        ImportedStation station = importer.convertJsonLines(sampleJsonLines(), "medqa").get(0);
        Scenario scenario = StationFiles.scenario("s", station.scenarioYaml()).orElseThrow();
        ScriptedPatient patient = new ScriptedPatient(EXECUTOR, 0);
        assertThat(patient.answer(scenario, "What brings you in today?")).isEqualTo("It's double vision.");
        assertThat(patient.answer(scenario, "Do you smoke?")).startsWith("I don't smoke");
        assertThat(patient.answer(scenario, "Have you had any chest pain?")).startsWith("I haven't had any chest pain");
        assertThat(patient.answer(scenario, "Could I have the chest CT please?")).isEqualTo(
                "[Examiner] Imaging — chest CT: Normal, no thymoma or other masses detected.");
        assertThat(patient.answer(scenario, "I'd like to check the reflexes")).startsWith("[Examiner] Neurological examination");
    }

    @Test
    void theStarterRubricHasHistoryExaminationAndTestItemsAGlobalRatingAndANote() {
        ImportedStation station = importer.convertJsonLines(sampleJsonLines(), "medqa").get(0);
        var rubric = new StationFileParser().parseRubric("r", station.rubricYaml()).value();
        assertThat(rubric.format()).isEqualTo("osce-rubric/2");
        assertThat(rubric.items()).extracting(i -> i.id() + ":" + i.category()).containsExactly(
                "presenting-complaint:history", "difficulty-climbing-stairs:history", "weakness-upper-limbs:history",
                "improvement-symptoms:history", "past-medical-history:history", "social-history:history",
                "review-of-systems:history", "vital-signs:examination", "neurological-examination:examination",
                "requests-blood-tests:clinical-reasoning", "requests-electromyography:clinical-reasoning",
                "requests-imaging:clinical-reasoning");
        assertThat(rubric.items()).allSatisfy(i -> assertThat(i.evidence()).as(i.id()).hasSizeBetween(2, 5));
        assertThat(rubric.items().get(0).facts()).containsExactly("chief-complaint", "history-of-present-illness");
        assertThat(rubric.globalRating().borderline()).isEqualTo(3);
        assertThat(rubric.globalRating().scale()).extracting(RubricFile.Level::value).containsExactly(1, 2, 3, 4, 5);
        assertThat(rubric.note()).extracting(n -> n.id()).containsExactly("summary", "differential", "plan");
        assertThat(rubric.note().get(1).expected()).containsExactly("Myasthenia gravis");
    }

    @Test
    void aChildIsSpokenForByAParent() {
        ImportedStation station = importer.convertJsonLines(sampleJsonLines(), "medqa").get(2);
        ScenarioFile s = scenarioFile(station);
        assertThat(s.title()).isEqualTo("Crying in an 8-month-old boy");
        assertThat(s.patient().challenge()).isEqualTo("proxy");
        assertThat(s.patient().proxy().relation()).isEqualTo("parent");
        assertThat(s.patient().openingLine()).isEqualTo("Hello, doctor. I've brought my son in because of crying.");
        assertThat(s.doorNote()).contains("brought in by a parent").contains("from the parent");
        assertThat(station.notes()).anyMatch(n -> n.contains("A parent speaks for the child"));
        assertThat(station.notes()).anyMatch(n -> n.contains("Finding 'barium-enema' names the diagnosis"));
    }

    @Test
    void aSectionThatOnlySaysNotProvidedMakesNoFactButANote() {
        ImportedStation station = importer.convertJsonLines(sampleJsonLines(), "medqa").get(1);
        assertThat(scenarioFile(station).facts()).extracting(ScenarioFile.FactEntry::id)
                .doesNotContain("social-history", "review-of-systems");
        assertThat(station.notes()).anyMatch(n -> n.startsWith("Social_History says \"Information not provided.\""));
    }

    @Test
    void theImportIsDeterministic() {
        assertThat(importer.convertJsonLines(sampleJsonLines(), "medqa"))
                .isEqualTo(importer.convertJsonLines(sampleJsonLines(), "medqa"));
    }

    // ---------------------------------------------------------------- cases written here

    private static final String NESTED = """
            {"OSCE_Examination": {
              "Objective_for_Doctor": "Assess the patient presenting with headache.",
              "Patient_Actor": {
                "Demographics": "45 year old man",
                "History": "He reports a headache for 3 days. His wife says he has been more tired.",
                "Symptoms": {"Primary_Symptom": "Headache", "Secondary_Symptoms": ["Nausea", "No fever"]},
                "Past_Medical_History": "Hypertension.",
                "Social_History": "Works as a baker. Smokes 10 cigarettes a day.",
                "Review_of_Systems": "Denies weight loss or night sweats.",
                "Family_History": "Mother had a stroke at 60."
              },
              "Physical_Examination_Findings": {
                "Vital_Signs": {"Blood_Pressure": "150/95 mmHg", "Heart_Rate": 80},
                "Neurological_Examination": {
                  "Cranial_Nerves": {
                    "Optic_Nerve": {"Fundoscopy": "Bilateral papilloedema with blurred disc margins and no venous pulsation seen on either side of the fundus."},
                    "Oculomotor_Nerve": {"Pupils": "Equal and reactive to light and accommodation, no ptosis, full range of eye movements."},
                    "Facial_Nerve": "Symmetrical facial movements, forehead sparing not applicable."
                  },
                  "Motor": {"Upper_Limbs": "Normal tone, power 5/5 throughout.", "Lower_Limbs": "Normal tone, power 5/5 throughout."},
                  "Reflexes": ["Biceps 2+", "Knee 2+", "Plantars downgoing"],
                  "Gait": "Normal gait and tandem walking without any unsteadiness or need for support from the examiner."
                }
              },
              "Test_Results": {
                "Imaging": {"MRI": {"Brain": {"Findings": "Right frontal mass with surrounding oedema."}}},
                "Blood_Tests": {"Full_Blood_Count": {"Haemoglobin": "135 g/L", "White_Cells": "7.2 x10^9/L"}, "CRP": "3 mg/L"}
              },
              "Correct_Diagnosis": "Meningioma"
            }}
            """;

    @Test
    void findingsNestedThreeLevelsDeepAreFlattenedWithTheirKeyPathAndReachable() {
        ImportedStation station = importer.convert(NESTED, "nested-case");
        assertThat(station.problems()).isEmpty();
        ScenarioFile s = scenarioFile(station);
        assertThat(s.findings()).extracting(f -> f.id() + " | " + f.kind() + " | " + f.text()).containsExactly(
                "vital-signs | examination | Vital signs — blood pressure: 150/95 mmHg; heart rate: 80.",
                "neurological-examination-cranial-nerves | examination | Neurological examination — cranial nerves — "
                        + "optic nerve, fundoscopy: Bilateral papilloedema with blurred disc margins and no venous pulsation "
                        + "seen on either side of the fundus; oculomotor nerve, pupils: Equal and reactive to light and "
                        + "accommodation, no ptosis, full range of eye movements; facial nerve: Symmetrical facial movements, "
                        + "forehead sparing not applicable.",
                "neurological-examination-motor | examination | Neurological examination — motor — upper limbs: Normal "
                        + "tone, power 5/5 throughout; lower limbs: Normal tone, power 5/5 throughout.",
                "neurological-examination-reflexes | examination | Neurological examination — reflexes: Biceps 2+; "
                        + "Knee 2+; Plantars downgoing.",
                "neurological-examination-gait | examination | Neurological examination — gait: Normal gait and tandem "
                        + "walking without any unsteadiness or need for support from the examiner.",
                "imaging | test | Imaging — MRI, brain: Right frontal mass with surrounding oedema.",
                "blood-tests | test | Blood tests — full blood count, haemoglobin: 135 g/L; full blood count, white cells: "
                        + "7.2 x10^9/L; CRP: 3 mg/L.");
        assertThat(s.findings().get(1).ask()).startsWith("cranial nerves").contains("optic nerve", "fundoscopy");
        assertThat(s.findings().get(5).ask()).contains("MRI", "brain");
        assertThat(misses(station)).isEmpty();
        var rubric = new StationFileParser().parseRubric("r", station.rubricYaml()).value();
        assertThat(rubric.items()).filteredOn(i -> i.id().equals("neurological-examination")).singleElement()
                .satisfies(i -> assertThat(i.facts()).containsExactly("neurological-examination-cranial-nerves",
                        "neurological-examination-motor", "neurological-examination-reflexes",
                        "neurological-examination-gait"));
    }

    @Test
    void otherPatientFieldsBecomeFactsAndNegativeSymptomsAreDenied() {
        ScenarioFile s = scenarioFile(importer.convert(NESTED, "nested-case"));
        assertThat(s.facts()).extracting(ScenarioFile.FactEntry::id).containsExactly("chief-complaint",
                "history-of-present-illness", "nausea", "no-fever", "past-medical-history", "social-history",
                "review-of-systems", "family-history");
        assertThat(s.facts().get(1).text()).isEqualTo("I have a headache for 3 days. My wife says I have been more tired.");
        assertThat(s.facts().get(3).text()).isEqualTo("No, I haven't had any fever.");
        assertThat(s.facts().get(7).text()).isEqualTo("Mother had a stroke at 60.");
        assertThat(s.facts().get(7).ask()).startsWith("family history");
        assertThat(s.patient().occupation()).isEqualTo("Baker");
    }

    @Test
    void anAliasTheDoorNoteAlreadyUsesIsNotProposedAndTheStationStaysValid() {
        String json = """
                {"OSCE_Examination": {
                  "Objective_for_Doctor": "Assess the patient with muscle weakness. The referral says AMS.",
                  "Patient_Actor": {
                    "Demographics": "40-year-old woman",
                    "History": "She has had double vision for a month.",
                    "Symptoms": {"Primary_Symptom": "Double vision"}
                  },
                  "Correct_Diagnosis": "Acute myasthenic syndrome"
                }}
                """;
        ImportedStation station = importer.convert(json, "weak");
        assertThat(station.problems()).isEmpty();
        assertThat(scenarioFile(station).hidden().aliases()).containsExactly("acute myasthenic syndrome", "myasthenic");
        assertThat(station.scenarioYaml()).contains("format: osce-scenario/3");
        assertThat(station.notes()).contains("Alias 'AMS' not proposed: the title, door note or opening line uses it.");
    }

    @Test
    void sentencesNamingTheDiagnosisAreRemovedFromWhatThePatientSaysWithANote() {
        String json = """
                {"OSCE_Examination": {
                  "Objective_for_Doctor": "Assess the patient presenting with headache. Consider giant cell arteritis.",
                  "Patient_Actor": {
                    "Demographics": "72-year-old woman",
                    "History": "She reports a new headache for 2 weeks. Her GP suspected GCA. She has jaw pain when chewing.",
                    "Symptoms": {"Primary_Symptom": "Headache",
                                 "Secondary_Symptoms": ["Jaw claudication", "Known giant cell arteritis in sister"]},
                    "Past_Medical_History": "Giant cell arteritis was mentioned by a friend.",
                    "Social_History": "Retired.",
                    "Review_of_Systems": "Denies visual loss."
                  },
                  "Test_Results": {"ESR": "Giant cell arteritis likely: ESR 90 mm/h"},
                  "Correct_Diagnosis": "Giant cell arteritis (GCA)"
                }}
                """;
        assertThat(importer.convert(json, "gca").problems()).as("an id that names the diagnosis is refused")
                .singleElement().asString().contains("id names 'GCA', a term of the hidden truth");
        ImportedStation station = importer.convert(json, "headache-72");
        assertThat(station.problems()).isEmpty();
        ScenarioFile s = scenarioFile(station);
        assertThat(s.facts()).extracting(ScenarioFile.FactEntry::text)
                .noneMatch(t -> namesDiagnosis(t, s.hidden().diagnosis()))
                .contains("I have a new headache for 2 weeks. I have jaw pain when chewing.");
        assertThat(s.facts()).extracting(ScenarioFile.FactEntry::id).doesNotContain("past-medical-history")
                .doesNotContain("known-giant-cell-arteritis");
        assertThat(s.doorNote()).doesNotContainIgnoringCase("arteritis");
        assertThat(station.notes())
                .anyMatch(n -> n.equals("Removed from History because it names the diagnosis: \"Her GP suspected GCA.\""))
                .anyMatch(n -> n.startsWith("Removed from Past_Medical_History"))
                .anyMatch(n -> n.startsWith("Secondary symptom 'Known giant cell arteritis in sister' names the diagnosis"))
                .anyMatch(n -> n.startsWith("Removed from the door note"))
                .anyMatch(n -> n.startsWith("Finding 'esr' names the diagnosis"));
    }

    @Test
    void aPrimarySymptomThatNamesTheDiagnosisGivesAGenericTitleAndOpening() {
        String json = """
                {"OSCE_Examination": {"Patient_Actor": {"Demographics": "30-year-old woman",
                  "Symptoms": {"Primary_Symptom": "Migraine headaches"}}, "Correct_Diagnosis": "Migraine"}}
                """;
        ImportedStation station = importer.convert(json, "headache-30");
        assertThat(station.problems()).isEmpty();
        ScenarioFile s = scenarioFile(station);
        assertThat(s.title()).isEqualTo("New presentation in a 30-year-old woman");
        assertThat(s.patient().openingLine()).doesNotContainIgnoringCase("migraine");
        assertThat(s.facts()).extracting(ScenarioFile.FactEntry::text)
                .noneMatch(t -> t.toLowerCase(Locale.ROOT).contains("migraine"));
        assertThat(station.notes()).anyMatch(n -> n.startsWith("Primary_Symptom names the diagnosis"));
    }

    // ---------------------------------------------------------------- demographics and wording

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "35-year-old female|35|female|a 35-year-old woman",
            "A 6-month-old boy|0|male|a 6-month-old boy",
            "45 year old man|45|male|a 45-year-old man",
            "8-month-old boy|0|male|an 8-month-old boy",
            "Newborn, female|0|female|a newborn girl",
            "55-year-old male|55|male|a 55-year-old man",
            "18-month-old girl|1|female|an 18-month-old girl",
            "72 yo F|72|female|a 72-year-old woman",
            "Woman aged 81|81|female|an 81-year-old woman",
            "Female, 29 years|29|female|a 29-year-old woman",
            "11-year-old|11|other|an 11-year-old child",
            "3-week-old infant|0|other|a 3-week-old child",
            "150-year-old man||male|a man",
            "Adult patient||other|a patient",
            "''||other|a patient"})
    void demographicsGiveAgeSexAndTheWordsOfTheTitle(String text, Integer age, String sex, String described) {
        Demographics d = Demographics.parse(text);
        assertThat(d.age()).isEqualTo(age);
        assertThat(d.sex()).isEqualTo(sex);
        assertThat(d.withArticle()).isEqualTo(described);
    }

    @Test
    void unknownDemographicsLeaveTheAgeOutAndSayWhy() {
        String json = """
                {"OSCE_Examination": {"Patient_Actor": {"Symptoms": {"Primary_Symptom": "Cough"}},
                  "Correct_Diagnosis": "Asthma"}}
                """;
        ImportedStation station = importer.convert(json, "cough");
        assertThat(station.problems()).isEmpty();
        ScenarioFile s = scenarioFile(station);
        assertThat(s.title()).isEqualTo("Cough");
        assertThat(s.patient().age()).isNull();
        assertThat(s.patient().sex()).isEqualTo("other");
        assertThat(station.scenarioYaml()).doesNotContainPattern("(?m)^\\s+age:");
        assertThat(station.notes()).anyMatch(n -> n.contains("gives no age")).anyMatch(n -> n.contains("gives no sex"))
                .anyMatch(n -> n.equals("The case has no examination findings."));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The patient reports a 1-month history of double vision. She notes that it gets worse in the evening."
                    + "|I have a 1-month history of double vision. It gets worse in the evening.",
            "Non-smoker, drinks wine occasionally. Works as a graphic designer."
                    + "|I don't smoke, I drink wine occasionally. I work as a graphic designer.",
            "Patient denies experiencing any chest pain, palpitations, or recent infections."
                    + "|I haven't had any chest pain, palpitations, or recent infections.",
            "His wife found him unconscious on the bathroom floor.|My wife found me unconscious on the bathroom floor.",
            "Does not smoke, drink alcohol, or use illicit drugs. Lives with her partner."
                    + "|I don't smoke, drink alcohol, or use illicit drugs. I live with my partner.",
            "Complains of minor difficulty in breathing but denies any urinary pain."
                    + "|I have minor difficulty in breathing but I haven't had any urinary pain.",
            "She was treated with amoxicillin, during which she developed a rash."
                    + "|I was treated with amoxicillin, during which I developed a rash.",
            "She also mentions a decrease in appetite.|I also have a decrease in appetite.",
            "No significant past medical history. Not on any regular medications."
                    + "|No significant past medical history. I'm not on any regular medications.",
            "She cites volleyball as a possible cause.|I cite volleyball as a possible cause.",
            "She has a history of reflux and has been on omeprazole.|I have a history of reflux and have been on omeprazole.",
            "She reports being seated when she fainted at work.|I was seated when I fainted at work.",
            "Works as an event manager, has been under stress.|I work as an event manager, and have been under stress.",
            "He mentions that the lesions are bothersome because he cannot remove them."
                    + "|The lesions are bothersome because I can't remove them."})
    void caseNotesArePutInThePatientsWords(String source, String spoken) {
        assertThat(new FirstPersonRewriter().rewrite(source)).contains(spoken);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "The patient's mother says he cries a lot.",
            "Her daughter says she faints often."})
    void textsThatCannotSafelyBeRewrittenAreLeftAsTheyAre(String source) {
        assertThat(new FirstPersonRewriter().rewrite(source)).isEmpty();
    }

    // ---------------------------------------------------------------- bad input

    static Stream<Arguments> malformedCases() {
        String symptoms = "\"Symptoms\": {\"Primary_Symptom\": \"Cough\"}";
        return Stream.of(
                Arguments.of("this is not JSON", "not valid JSON"),
                Arguments.of("[1, 2]", "the case is a list, not an object"),
                Arguments.of("{}", "'OSCE_Examination' is missing"),
                Arguments.of("{\"OSCE_Examination\": 42}", "'OSCE_Examination' is a number, not an object"),
                Arguments.of("{\"OSCE_Examination\": {\"Correct_Diagnosis\": \"X\"}}",
                        "'OSCE_Examination.Patient_Actor' is missing"),
                Arguments.of("{\"OSCE_Examination\": {\"Patient_Actor\": 42, \"Correct_Diagnosis\": \"X\"}}",
                        "'OSCE_Examination.Patient_Actor' is a number, not an object"),
                Arguments.of("{\"OSCE_Examination\": {\"Patient_Actor\": {" + symptoms + "}}}",
                        "'OSCE_Examination.Correct_Diagnosis' is missing"),
                Arguments.of("{\"OSCE_Examination\": {\"Patient_Actor\": {" + symptoms + "}, \"Test_Results\": 7, "
                        + "\"Correct_Diagnosis\": \"X\"}}", "'OSCE_Examination.Test_Results' is a number, not an object"),
                Arguments.of("{\"OSCE_Examination\": {}} {\"OSCE_Examination\": {}}", "not valid JSON: more than one value"));
    }

    @ParameterizedTest
    @MethodSource("malformedCases")
    void malformedCasesGiveAClearProblemAndNoStation(String json, String message) {
        assertThatCode(() -> importer.convert(json, "bad")).doesNotThrowAnyException();
        ImportedStation station = importer.convert(json, "bad");
        assertThat(station.scenarioYaml()).isNull();
        assertThat(station.rubricYaml()).isNull();
        assertThat(station.problems()).isNotEmpty().allSatisfy(p -> {
            assertThat(p.file()).isEqualTo("import");
            assertThat(p.fix()).isNotBlank();
        });
        assertThat(station.problems()).anyMatch(p -> p.message().startsWith(message));
    }

    @Test
    void emptyOrMissingInputIsAProblemToo() {
        assertThat(importer.convert(null, "x").problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).isEqualTo("the case is empty"));
        assertThat(importer.convert(sampleJsonLines().lines().findFirst().orElseThrow(), null).problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).isEqualTo("no station id given"));
        assertThat(importer.convertJsonLines("", "x")).isEmpty();
        assertThat(importer.convertJsonLines(null, "x")).isEmpty();
    }

    @Test
    void aStationIdTheValidatorRejectsIsReportedAgainstTheScenario() {
        ImportedStation station = importer.convert(sampleJsonLines().lines().findFirst().orElseThrow(), "Bad Id");
        assertThat(station.scenarioYaml()).isNotNull();
        assertThat(station.problems()).anyMatch(p -> p.file().equals("scenarios/Bad Id.yaml") && p.message().contains("id"));
    }

    @Test
    void jsonLinesReportEachBadLineByItsNumberAndConvertTheOthers() {
        String[] cases = sampleJsonLines().split("\n");
        String jsonl = cases[0] + "\n\n{\"OSCE_Examination\": \n" + "{\"OSCE_Examination\": {\"Patient_Actor\": 3}}\r\n"
                + cases[1] + "\n\n";
        List<ImportedStation> stations = importer.convertJsonLines(jsonl, "mixed");
        assertThat(stations).extracting(ImportedStation::stationId)
                .containsExactly("mixed-1", "mixed-2", "mixed-3", "mixed-4", "mixed-5");
        assertThat(stations.get(0).ok()).isTrue();
        assertThat(stations.get(1).problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.message()).isEqualTo("line 2 is empty");
        });
        assertThat(stations.get(2).problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message()).startsWith("not valid JSON");
        });
        assertThat(stations.get(3).problems()).anySatisfy(p -> {
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.message()).isEqualTo("'OSCE_Examination.Patient_Actor' is a number, not an object");
        });
        assertThat(stations.get(4).ok()).isTrue();
        assertThat(stations.subList(1, 4)).allSatisfy(s -> assertThat(s.scenarioYaml()).isNull());
    }

    // ---------------------------------------------------------------- helpers

    /** Each fact and finding whose own first phrasing the scripted patient answers with something else. */
    private static List<String> misses(ImportedStation station) {
        Scenario scenario = StationFiles.scenario("scenarios/" + station.stationId() + ".yaml", station.scenarioYaml())
                .orElseThrow();
        ScriptedPatient patient = new ScriptedPatient(EXECUTOR, 0);
        List<String> misses = new ArrayList<>();
        for (Scenario.Fact fact : scenario.facts()) {
            String answer = patient.answer(scenario, fact.ask().get(0));
            if (!answer.equals(fact.text())) {
                misses.add("fact '" + fact.id() + "': \"" + fact.ask().get(0) + "\" -> " + answer);
            }
        }
        for (Scenario.Fact finding : scenario.findings()) {
            String answer = patient.answer(scenario, finding.ask().get(0));
            if (!answer.equals("[Examiner] " + finding.text())) {
                misses.add("finding '" + finding.id() + "': \"" + finding.ask().get(0) + "\" -> " + answer);
            }
        }
        return misses;
    }

    private static ScenarioFile scenarioFile(ImportedStation station) {
        var parsed = new StationFileParser().parseScenario("scenario", station.scenarioYaml());
        assertThat(parsed.problems()).isEmpty();
        return parsed.value();
    }

    /** The diagnosis as written, without its bracket, or its bracketed acronym as a word. */
    private static boolean namesDiagnosis(String text, String diagnosis) {
        String folded = Words.fold(text);
        String plain = diagnosis.replaceAll("\\([^)]*\\)", "").strip();
        if (folded.contains(Words.fold(diagnosis)) || folded.contains(Words.fold(plain))) {
            return true;
        }
        Matcher bracket = Pattern.compile("\\(([^)]+)\\)").matcher(diagnosis);
        return bracket.find() && Pattern.compile("\\b" + Pattern.quote(bracket.group(1)) + "\\b").matcher(text).find();
    }

    private static JsonSchema schema(String path) throws IOException {
        try (InputStream in = Files.newInputStream(Path.of(path))) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
    }
}
