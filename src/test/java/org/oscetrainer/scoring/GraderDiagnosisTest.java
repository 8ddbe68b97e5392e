package org.oscetrainer.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oscetrainer.catalog.HiddenDiagnosis;
import org.oscetrainer.catalog.HiddenDiagnosis.Differential;
import org.oscetrainer.catalog.Rubric;
import org.oscetrainer.encounter.NoteAnswer;

/**
 * The note's leading diagnosis is credited by what it means, read against the station's hidden truth, not by the words
 * it shares with the answer key ({@link DiagnosisReading}). Keys and truths shortened from wheeze-child-en,
 * chest-pain-en, toux-nourrisson-fr and douleur-lombaire-fr; the notes are written for this test.
 */
class GraderDiagnosisTest {

    private static final Rubric WHEEZE = rubric("What is the most likely diagnosis and how severe is this episode?",
            List.of("Asthma, previously undiagnosed, with a moderate acute exacerbation triggered by a viral infection",
                    "Differentials: viral-induced wheeze, inhaled foreign body, pneumonia, whooping cough"),
            List.of("asthma", "moderate", "foreign body", "viral"));
    private static final HiddenDiagnosis WHEEZE_TRUTH = new HiddenDiagnosis("Previously undiagnosed atopic childhood asthma"
            + " presenting with a moderate acute exacerbation triggered by a viral upper respiratory tract infection",
            List.of("asthma", "asthma attack"), List.of(new Differential("Viral-induced (episodic) wheeze", List.of("viral wheeze")),
                    new Differential("Inhaled foreign body", List.of())), false);

    private static final Rubric CHEST = rubric("What is your most likely diagnosis, and which differential diagnoses must you exclude?",
            List.of("Acute coronary syndrome: inferior STEMI", "Exclude aortic dissection, pulmonary embolism, pericarditis"),
            List.of("STEMI", "myocardial infarction", "acute coronary syndrome", "inferior", "aortic dissection", "pulmonary embolism"));
    private static final HiddenDiagnosis CHEST_TRUTH = new HiddenDiagnosis("Acute coronary syndrome: inferior ST-elevation"
            + " myocardial infarction (right coronary artery occlusion)", List.of("ACS", "acute coronary syndrome", "STEMI", "MI"),
            List.of(new Differential("Unstable angina / NSTEMI", List.of()), new Differential("Aortic dissection", List.of())), false);

    private static final Rubric BRONCHIOLITE = rubric("Quel est votre diagnostic principal et quels diagnostics différentiels évoquez-vous ?",
            List.of("Bronchiolite aiguë grave", "Différentiels : coqueluche, pneumopathie"),
            List.of("bronchiolite", "grave", "coqueluche", "pneumopathie"));
    private static final HiddenDiagnosis BRONCHIOLITE_TRUTH = new HiddenDiagnosis("Bronchiolite aiguë à VRS, forme grave (apnée)",
            List.of("bronchiolite"), List.of(new Differential("Coqueluche", List.of())), false);

    private static final Rubric COLIQUE = rubric("Quel est votre diagnostic le plus probable et quels diagnostics différentiels ?",
            List.of("Colique néphrétique droite non compliquée", "Différentiels : pyélonéphrite, appendicite"),
            List.of("colique néphrétique", "calcul", "pyélonéphrite", "appendicite"));
    private static final HiddenDiagnosis COLIQUE_TRUTH = new HiddenDiagnosis("Colique néphrétique droite non compliquée sur calcul",
            List.of("colique néphrétique"), List.of(new Differential("Pyélonéphrite aiguë obstructive",
                    List.of("colique néphrétique compliquée", "pyélonéphrite")), new Differential("Appendicite aiguë", List.of())), false);

    @Test
    void aDifferentialWrittenAsTheLeadingDiagnosisEarnsNothingByTheWordsItShares() {
        assertThat(points(WHEEZE, "en", WHEEZE_TRUTH, "Dx: viral-induced wheeze.")).isZero();
        assertThat(points(WHEEZE, "en", WHEEZE_TRUTH, "6yo with cough and wheeze after a cold. Viral-induced wheeze. Salbutamol."))
                .isZero();
        assertThat(points(WHEEZE, "en", WHEEZE_TRUTH, "Dx: moderate asthma exacerbation triggered by a viral infection."
                + " Differentials: viral-induced wheeze, foreign body.")).isEqualTo(2);
        // Without the station's truth the words alone are read, as before.
        assertThat(points(WHEEZE, "en", HiddenDiagnosis.NONE, "Dx: viral-induced wheeze.")).isEqualTo(1);
    }

    @Test
    void theDiagnosisNamedBehindAWrongLeadingOneIsHalf() {
        assertThat(points(WHEEZE, "en", WHEEZE_TRUTH, "Dx: viral-induced wheeze, could be asthma.")).isEqualTo(1);
        assertThat(points(CHEST, "en", CHEST_TRUTH, "Unstable angina. Exclude aortic dissection.")).isEqualTo(1);
        assertThat(points(CHEST, "en", CHEST_TRUTH, "Unstable angina.")).isZero();
    }

    @Test
    void aQualifierThatContradictsTheDiagnosisTakesItsCredit() {
        assertThat(points(CHEST, "en", CHEST_TRUTH, "Diagnosis: acute coronary syndrome, non-ST elevation.")).isZero();
        assertThat(points(CHEST, "en", CHEST_TRUTH, "Diagnosis: acute coronary syndrome with ST elevation.")).isPositive();
        assertThat(points(BRONCHIOLITE, "fr", BRONCHIOLITE_TRUTH, "Diagnostic : bronchiolite simple.")).isZero();
        assertThat(points(BRONCHIOLITE, "fr", BRONCHIOLITE_TRUTH, "Diagnostic : bronchiolite grave.")).isEqualTo(2);
        assertThat(points(COLIQUE, "fr", COLIQUE_TRUTH, "Diagnostic : colique néphrétique gauche.")).isZero();
    }

    @Test
    void aQualifierTheDiagnosisAlsoHasIsNoContradiction() {
        // "non compliquée" is the station's own qualifier: it neither contradicts nor names the complicated differential.
        assertThat(points(COLIQUE, "fr", COLIQUE_TRUTH, "Diagnostic : colique néphrétique droite non compliquée. DD : pyélonéphrite."))
                .isPositive();
    }

    private static Rubric rubric(String question, List<String> expected, List<String> evidence) {
        return new Rubric("s", 1, List.of(), List.of(new Rubric.NoteItem("differential", question, 2, expected, evidence)));
    }

    private static int points(Rubric rubric, String language, HiddenDiagnosis truth, String note) {
        return new NoteScorer().score(rubric, language, List.of(new NoteAnswer("differential", "q", note, Instant.EPOCH)), truth)
                .get(0).points();
    }
}
