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
 * The note's plan read for its safety (grader19, issue 13), on phrasings written here: a dangerous element of the rubric
 * ({@code wrong:}) beside right ones earns the plan nothing; a plan that puts off on a result, on the course of things or
 * until later everything the key does now is an unsafe delay, while one that does part of it now and puts off the rest is
 * only incomplete.
 */
class GraderPlans19Test {

    private static final String PLAN = "What is your immediate management?";
    private static final String PEC = "Quelle prise en charge proposez-vous ?";

    private static final List<String> STEMI = List.of(
            "Call for senior help and activate the primary PCI pathway (cath lab) for reperfusion",
            "Aspirin 300 mg loading dose and a second antiplatelet; oxygen only if SpO2 below 94%; continuous cardiac monitoring");
    private static final List<String> STEMI_HINTS = List.of("primary PCI", "cath lab", "aspirin", "antiplatelet", "monitoring");

    private static final List<String> PE = List.of(
            "Probabilité forte : angioscanner thoracique en urgence, sans D-dimères ; écho-doppler si l'angioscanner est contre-indiqué",
            "Anticoagulation curative d'emblée, avant l'imagerie (HBPM)", "Arrêt de la pilule");
    private static final List<String> PE_HINTS = List.of("angioscanner", "anticoagulation", "HBPM", "arrêt pilule");

    private static final List<String> AS = List.of("Transthoracic echocardiogram, ECG, bloods",
            "Urgent referral to the heart team for valve replacement", "Avoid strenuous exertion until assessed");
    private static final List<String> AS_HINTS = List.of("echocardiogram", "heart team", "valve replacement", "ECG");
    private static final List<String> AS_WRONG = List.of("exercise test", "stress test", "treadmill");

    private static int plan(List<String> key, List<String> hints, List<String> wrong, String language, String question, String note) {
        Rubric rubric = new Rubric("s", 1, List.of(), List.of(new Rubric.NoteItem("plan", question, 2, key, hints, wrong)));
        return new NoteScorer().score(rubric, language, List.of(new NoteAnswer("plan", question, note, Instant.EPOCH))).get(0).points();
    }

    private static int stemi(String note) {
        return plan(STEMI, STEMI_HINTS, List.of(), "en", PLAN, note);
    }

    private static int pe(String note) {
        return plan(PE, PE_HINTS, List.of(), "fr", PEC, note);
    }

    private static int stenosis(String note) {
        return plan(AS, AS_HINTS, AS_WRONG, "en", PLAN, note);
    }

    @Test
    void aDangerousElementBesideRightOnesEarnsThePlanNothing() {
        assertThat(stenosis("Echocardiogram, ECG, refer to the heart team. Also an exercise test to see how far he gets.")).isZero();
        assertThat(stenosis("Treadmill test, then echo.")).isZero();
        // The same plan without it, or with it set aside, keeps its points.
        assertThat(stenosis("Echocardiogram, ECG, refer to the heart team for valve replacement.")).isEqualTo(2);
        assertThat(stenosis("Echocardiogram, ECG, refer to the heart team; no exercise test, it is unsafe here.")).isEqualTo(2);
    }

    @Test
    void whatTheKeyDoesNowPutOffOnAResultOrUntilLaterIsAnUnsafeDelay() {
        assertThat(stemi("Troponin x2, cath lab if trop positive.")).isZero();
        assertThat(stemi("ECG, troponin and wait for the troponin before deciding on the cath lab.")).isZero();
        assertThat(stemi("Repeat ECG, then primary PCI tomorrow if the pain comes back.")).isZero();
        assertThat(pe("D-dimères, puis angioscanner s'ils sont positifs.")).isZero();
        assertThat(pe("Angioscanner demain matin.")).isZero();
        assertThat(pe("Si les D-dimères reviennent positifs, angioscanner.")).isZero();
    }

    @Test
    void aConditionOnTheDiagnosisOrAFindingPutsNothingOff() {
        assertThat(stemi("Primary PCI if STEMI confirmed on the ECG, aspirin, monitoring.")).isEqualTo(2);
        assertThat(stemi("Cath lab now, aspirin and a second antiplatelet, oxygen only if sats below 94%, monitoring.")).isEqualTo(2);
        // A thing the key itself makes conditional may be said so.
        assertThat(pe("Angioscanner en urgence, HBPM d'emblée, écho-doppler si l'angioscanner est contre-indiqué.")).isEqualTo(2);
    }

    @Test
    void partDoneNowAndPartPutOffIsIncompleteNotUnsafe() {
        // The anticoagulation waits for the scan, but the scan is done now: not the patient left with nothing.
        assertThat(pe("Angioscanner en urgence, puis anticoagulation par HBPM si positif.")).isPositive();
        assertThat(stemi("Aspirin, monitoring; cath lab if the troponin rises.")).isPositive();
    }

    private static final Rubric FAILURE = new Rubric("s", 1, List.of(), List.of(new Rubric.NoteItem("differential",
            "What is the most likely diagnosis and what else would you consider?",
            2, List.of("Acute heart failure after a recent myocardial infarction, precipitated by NSAIDs",
                    "Differentials: pneumonia, pulmonary embolism"), List.of("heart failure", "NSAID", "pneumonia", "pulmonary embolism"))));
    private static final HiddenDiagnosis FAILURE_TRUTH = new HiddenDiagnosis("Acute heart failure precipitated by NSAIDs",
            List.of("heart failure", "LVF"), List.of(new Differential("Community-acquired pneumonia", List.of("pneumonia", "chest infection")),
                    new Differential("Pulmonary embolism", List.of("PE"))), false);

    private static int differential(String note) {
        return new NoteScorer().score(FAILURE, "en", List.of(new NoteAnswer("differential", "q", note, Instant.EPOCH)), FAILURE_TRUTH)
                .get(0).points();
    }

    @Test
    void theRightDiagnosisSecondBehindAWordOfDoubtIsHalf() {
        // A wrong first diagnosis with the station's second, after "possibly", "maybe": half, as after "or".
        assertThat(differential("Most likely a chest infection, possibly some heart failure as well.")).isEqualTo(1);
        assertThat(differential("Chest infection, maybe heart failure.")).isEqualTo(1);
        // The wrong one alone earns nothing; the right one first, hedged, is the leading one.
        assertThat(differential("Most likely a chest infection.")).isZero();
        assertThat(differential("Possibly heart failure from the NSAIDs; differentials pneumonia, PE.")).isEqualTo(2);
    }
}
