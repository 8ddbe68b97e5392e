package org.oscetrainer.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.oscetrainer.catalog.internal.StationFileParser;

/** Every kind of bad input gets a message with the file, the line and column, and how to fix it. */
class StationFileParserTest {

    private static final String FILE = "scenarios/broken.yaml";
    private final StationFileParser parser = new StationFileParser();

    private static final String VALID = """
            format: osce-scenario/2
            id: broken
            title: A station
            language: en
            duration-minutes: 8
            door-note: Take a history.
            authors: [Test Author]
            licence: CC-BY-4.0
            patient:
              name: Ann
              age: 40
              opening-line: Hello doctor.
            facts:
              - id: onset
                text: Yesterday.
                disclosure: direct
                ask: [when did it start]
            findings:
              - id: bp
                kind: examination
                text: BP 120/80.
                ask: [blood pressure]
            hidden:
              diagnosis: Migraine
            """;

    private List<String> problems(String source) {
        return parser.parseScenario(FILE, source).problems().stream().map(StationProblem::toString).toList();
    }

    @Test
    void aValidScenarioParsesWithoutProblems() {
        var parsed = parser.parseScenario(FILE, VALID);
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.value().id()).isEqualTo("broken");
        assertThat(parsed.value().facts()).hasSize(1);
        assertThat(parsed.value().hidden().diagnosis()).isEqualTo("Migraine");
    }

    @Test
    void aSyntaxErrorNamesTheFileLineAndColumnAndSaysHowToFixIt() {
        assertThat(problems(VALID.replace("title: A station", "title: \"unclosed")))
                .singleElement().asString()
                .startsWith(FILE + ":")
                .containsPattern(":\\d+:\\d+: not valid YAML")
                .contains("— check indentation");
    }

    @Test
    void anUnknownFieldIsNamedWhereItIsWithTheAllowedOnes() {
        assertThat(problems(VALID.replace("title: A station", "titel: A station")))
                .singleElement().asString()
                .startsWith(FILE + ":3:1: unknown field 'titel'")
                .contains("door-note");
        assertThat(problems(VALID.replace("    disclosure: direct", "    disclosre: direct")))
                .singleElement().asString().startsWith(FILE + ":16:5: unknown field 'facts[0].disclosre'");
    }

    @Test
    void aValueOfTheWrongKindIsReportedWithWhatToWrite() {
        assertThat(problems(VALID.replace("title: A station", "title: [a, list]")))
                .singleElement().asString().startsWith(FILE + ":3:").contains("'title' has the wrong kind of value");
        assertThat(problems(VALID.replace("duration-minutes: 8", "duration-minutes: eight")))
                .singleElement().asString().contains("'duration-minutes' has the wrong kind of value").contains("whole number");
    }

    @Test
    void everyMissingOrInvalidFieldIsListedAtItsLine() {
        String broken = VALID.replace("language: en", "language: de")
                .replace("  diagnosis: Migraine", "  diagnosis: \"\"")
                .replace("ask: [when did it start]", "ask: []")
                .replace("    disclosure: direct", "    disclosure: sometimes")
                .replace("    kind: examination", "    kind: imaging");
        assertThat(problems(broken)).containsExactlyInAnyOrder(
                FILE + ":4:1: 'language' is 'de' — write 'language: fr' or 'language: en'",
                FILE + ":14:5: facts[0].ask is empty — list the questions that should elicit it, as a student would type them",
                FILE + ":16:5: facts[0].disclosure is 'sometimes' — write disclosure: volunteered, direct or specific",
                FILE + ":20:5: findings[0].kind is 'imaging' — write kind: examination or kind: test",
                FILE + ":24:3: 'hidden.diagnosis' is missing — write the diagnosis under hidden: (never shown to the patient model or to students)");
    }

    @Test
    void formatTwoNeedsAuthorsLicenceAndDisclosures() {
        String broken = VALID.replace("authors: [Test Author]\n", "").replace("licence: CC-BY-4.0\n", "")
                .replace("    disclosure: direct\n", "");
        assertThat(problems(broken)).anyMatch(p -> p.contains("'authors' is missing"))
                .anyMatch(p -> p.contains("'licence' is missing"))
                .anyMatch(p -> p.contains("facts[0].disclosure is missing"));
        assertThat(problems(broken.replace("osce-scenario/2", "osce-scenario/1"))).as("format 1 still loads").isEmpty();
    }

    @Test
    void aFactThatNamesTheHiddenDiagnosisIsALeak() {
        assertThat(problems(VALID.replace("text: Yesterday.", "text: My migraine started yesterday.")))
                .singleElement().asString().contains("facts[0].text names the hidden diagnosis");
    }

    @Test
    void aFactThatNamesTheDiagnosisByItsAcronymOrShortNameIsALeakToo() {
        String pml = VALID.replace("diagnosis: Migraine", "diagnosis: Progressive multifocal leukoencephalopathy (PML)");
        assertThat(problems(pml.replace("text: Yesterday.", "text: The doctor said PML maybe."))).singleElement()
                .asString().contains("names the hidden diagnosis");
        assertThat(problems(pml.replace("text: Yesterday.", "text: Is it progressive multifocal leukoencephalopathy?")))
                .singleElement().asString().contains("names the hidden diagnosis");
        assertThat(problems(pml.replace("text: Yesterday.", "text: It gets progressively worse, multifocal pain.")))
                .as("words of the diagnosis apart are not a leak").isEmpty();
    }

    @Test
    void aRubricWithDuplicateIdsBadPointsAndNoEvidenceIsRejected() {
        String rubric = """
                format: osce-rubric/2
                station: broken
                items:
                  - { id: a, label: A, category: history, points: 1, evidence: [x ray] }
                  - { id: a, label: B, category: hist, points: 0, evidence: [the] }
                  - { id: c, label: C, points: 2, partial-points: 2, evidence: [smoke] }
                global-rating:
                  scale: [{ value: 1, label: Fail }, { value: 2, label: Pass }]
                  borderline: 3
                """;
        var problems = parser.parseRubric("rubrics/broken.yaml", rubric).problems().stream().map(StationProblem::toString).toList();
        assertThat(problems).anyMatch(p -> p.contains("items[1].id 'a' is used twice"))
                .anyMatch(p -> p.contains("items[1].category is 'hist'"))
                .anyMatch(p -> p.contains("items[1].points is 0"))
                .anyMatch(p -> p.contains("items[1].evidence[0] 'the' has no meaningful word"))
                .anyMatch(p -> p.contains("items[2].partial-points is 2"))
                .anyMatch(p -> p.contains("global-rating.borderline is 3"));
        assertThat(problems).allMatch(p -> p.startsWith("rubrics/broken.yaml:"));
    }

    private static final String VALID3 = """
            format: osce-scenario/3
            id: breathless
            title: Breathlessness in a young woman
            language: fr
            specialty: Urgences
            duration-minutes: 8
            door-note: Take a history of her breathlessness, step by step.
            authors: [Test Author]
            licence: CC-BY-4.0
            patient:
              name: Ann
              opening-line: Oh, docteur, je suis essoufflée.
              unprompted: ["J'ai mal à l'épaule."]
              unknown-answer: Je ne sais pas.
            facts:
              - id: onset
                text: Depuis deux jours.
                disclosure: direct
                ask: [depuis quand]
            hidden:
              diagnosis: Embolie pulmonaire (EP)
              aliases: [EP, PE, pulmonary embolism, caillot dans le poumon, OH]
              differentials:
                - name: Pneumothorax
                  aliases: [poumon décollé, collapsed lung]
                - name: Crise d'asthme
                  aliases: [asthme, asthma attack]
            """;

    @Test
    void formatThreeParsesWithAliasesAndNoProblem() {
        var parsed = parser.parseScenario("scenarios/breathless.yaml", VALID3);
        assertThat(parsed.problems()).isEmpty();
        assertThat(org.oscetrainer.catalog.StationFiles.hiddenDiagnosis("scenarios/breathless.yaml", VALID3).allTerms())
                .contains("Embolie pulmonaire (EP)", "caillot dans le poumon", "Pneumothorax", "asthma attack");
    }

    @Test
    void formatThreeRefusesADiagnosisOrADifferentialWithoutAliases() {
        String noAliases = VALID3.replace("  aliases: [EP, PE, pulmonary embolism, caillot dans le poumon, OH]\n", "");
        assertThat(problems(noAliases)).singleElement().asString()
                .startsWith(FILE + ":20:1: 'hidden.aliases' is missing or empty (format 3)");
        String emptyAliases = VALID3.replace("[EP, PE, pulmonary embolism, caillot dans le poumon, OH]", "[]");
        assertThat(problems(emptyAliases)).singleElement().asString().contains("'hidden.aliases' is missing or empty");
        String plainDifferential = VALID3.replace("""
                    - name: Pneumothorax
                      aliases: [poumon décollé, collapsed lung]
                """, "    - Pneumothorax\n");
        assertThat(problems(plainDifferential)).singleElement().asString()
                .startsWith(FILE + ":24:7: hidden.differentials[0] ('Pneumothorax') has no aliases (format 3)")
                .contains("{name: ..., aliases: [...]}");
        assertThat(problems(plainDifferential.replace("osce-scenario/3", "osce-scenario/2")
                .replace("  aliases: [EP, PE, pulmonary embolism, caillot dans le poumon, OH]\n", "")))
                .as("formats 1 and 2 need no aliases").isEmpty();
    }

    @Test
    void aPublicFieldThatNamesTheHiddenTruthIsRefusedWhateverItsAccentsOrCase() {
        assertThat(problems(VALID3.replace("title: Breathlessness in a young woman", "title: EMBOLIE PULMONAIRE chez une femme")))
                .singleElement().asString()
                .startsWith(FILE + ":3:1: title names 'Embolie pulmonaire', a term of the hidden truth")
                .contains("disclosed-by-student");
        assertThat(problems(VALID3.replace("step by step.", "Pense au caillot dans le poumon.")))
                .singleElement().asString().startsWith(FILE + ":7:1: door-note names 'caillot dans le poumon'");
        assertThat(problems(VALID3.replace("Oh, docteur, je suis essoufflée.", "J'ai un poumon-décollé ?")))
                .singleElement().asString().startsWith(FILE + ":12:3: patient.opening-line names 'poumon décollé'");
        assertThat(problems(VALID3.replace("J'ai mal à l'épaule.", "C'est de l'Asthme ?")))
                .singleElement().asString().startsWith(FILE + ":13:").contains(": patient.unprompted[0] names 'asthme'");
        assertThat(problems(VALID3.replace("unknown-answer: Je ne sais pas.", "unknown-answer: Pneumothorax, peut-être.")))
                .singleElement().asString().startsWith(FILE + ":14:3: patient.unknown-answer names 'Pneumothorax'");
        assertThat(problems(VALID3.replace("specialty: Urgences", "specialty: Pulmonary embolism clinic")))
                .singleElement().asString().startsWith(FILE + ":5:1: specialty names");
    }

    @Test
    void aShortAbbreviationIsAWholeWordInCapitalsExceptInAnIdentifier() {
        assertThat(problems(VALID3)).as("'step', 'épaule' and 'Oh,' are not EP or OH").isEmpty();
        assertThat(problems(VALID3.replace("step by step.", "suspect an EP.")))
                .singleElement().asString().contains("door-note names 'EP'");
        assertThat(problems(VALID3.replace("step by step.", "think of a PE.")))
                .singleElement().asString().contains("door-note names 'PE'");
        assertThat(problems(VALID3.replace("id: breathless", "id: dyspnee-ep-fr")))
                .anyMatch(p -> p.contains(":2:1: id names 'EP'"));
        assertThat(parser.parseScenario("scenarios/pulmonary-embolism-fr.yaml", VALID3).problems())
                .singleElement().asString().contains("the file name names 'pulmonary embolism'");
        assertThat(parser.parseScenario("scenarios/pulmonary-embolism-fr.yaml", VALID3).problems().get(0)
                .localized(java.util.Locale.FRENCH)).contains("le nom du fichier nomme « pulmonary embolism »");
    }

    @Test
    void whenTheStudentMustSayTheDiagnosisItMayBePublicButTheDifferentialsMayNot() {
        String disclosed = VALID3.replace("  differentials:", "  disclosed-by-student: true\n  differentials:")
                .replace("title: Breathlessness in a young woman", "title: Annoncer une embolie pulmonaire (EP)");
        assertThat(problems(disclosed)).isEmpty();
        assertThat(problems(disclosed.replace("step by step.", "and rule out asthma attack.")))
                .singleElement().asString().contains("door-note names 'asthma attack'");
    }

    @Test
    void formatsOneAndTwoAreCheckedOnTheDiagnosisAndDifferentialNames() {
        String v2 = VALID.replace("diagnosis: Migraine", "diagnosis: Migraine\n  differentials: [Tension-type headache (TTH)]");
        assertThat(problems(v2.replace("title: A station", "title: A tension type headache"))).singleElement().asString()
                .contains("title names 'Tension-type headache'");
        assertThat(problems(v2.replace("opening-line: Hello doctor.", "opening-line: Is it my TTH?"))).singleElement()
                .asString().contains("patient.opening-line names 'TTH'");
        assertThat(problems(v2.replace("title: A station", "title: A migraine"))).singleElement().asString()
                .contains("title names 'Migraine'");
    }

    @Test
    void anEmptyFileIsReportedAsEmpty() {
        assertThat(problems("")).singleElement().asString().contains("the file is empty");
    }
}
