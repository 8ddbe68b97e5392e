package org.oscetrainer.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oscetrainer.encounter.TranscriptTurn;
import org.oscetrainer.encounter.TranscriptTurn.Speaker;

/**
 * Issue 13, branch grader18: an examination step done by asking the patient to do something, or by a gesture in other
 * words, is read through the examiner's finding that follows ({@link ExaminerFindings}); the evidence stays the student's
 * turn. Phrasings written here, on the stations' own rubrics; none is a line of a blind set.
 */
class GraderExamination18Test {

    /** Turns in pairs: the student's, then the patient's (an examiner's finding begins "[Examiner]"). */
    private static ItemScore score(String station, String item, String... turns) throws IOException {
        List<TranscriptTurn> transcript = new ArrayList<>();
        for (int i = 0; i < turns.length; i++) {
            transcript.add(new TranscriptTurn(100 + i, i + 1, i % 2 == 0 ? Speaker.STUDENT : Speaker.PATIENT, turns[i], null,
                    Instant.EPOCH));
        }
        return new ChecklistScorer().score(BlindGraderInterviewsTest.rubric(station), station.endsWith("-fr") ? "fr" : "en",
                transcript).stream().filter(s -> s.itemId().equals(item)).findFirst().orElseThrow();
    }

    @Test
    void aRequestInOtherWordsIsTheStepTheFindingReports() throws IOException {
        ItemScore bent = score("examen-genou-fr", "mobilite", "Essayez de ramener le talon vers les fesses, le plus loin possible.",
                "[Examiner] Flexion active limitée à 100° par la douleur ; extension complète.");
        assertThat(bent.points()).isEqualTo(1);
        // The evidence is the student's request, never the finding.
        assertThat(bent.evidenceQuote()).isEqualTo("Essayez de ramener le talon vers les fesses, le plus loin possible.");
        assertThat(score("cardiovascular-exam-en", "hands", "Could I see both of yours, palms down?",
                "[Examiner] Hands warm, no clubbing, capillary refill under two seconds.").points()).isEqualTo(1);
        // The same request with no finding after it: nothing says what was examined.
        assertThat(score("examen-genou-fr", "mobilite", "Essayez de ramener le talon vers les fesses, le plus loin possible.",
                "Aïe, ça tire.").points()).isZero();
    }

    @Test
    void aFindingReportsTheStepItsHeadingNamesFirst() throws IOException {
        String[] turns = {"J'appuie tout autour du genou, dites-moi si ça fait mal.",
            "[Examiner] Palpation : douleur de l'interligne médial. Pouls pédieux bien perçus, sensibilité normale."};
        assertThat(score("examen-genou-fr", "palpation", turns).points()).isEqualTo(1);
        // The pulses and sensation are in the finding's later words: not the step the student did.
        assertThat(score("examen-genou-fr", "vasculo-nerveux", turns).points()).isZero();
        // A heading that names no step reports none.
        assertThat(score("cardiovascular-exam-en", "palpation", "Lovely, that's everything, thank you.",
                "[Examiner] Nothing abnormal on this examination.").points()).isZero();
    }

    @Test
    void aPreviewOrAStepOnlyNamedIsNotDoneWhateverTheFinding() throws IOException {
        assertThat(score("examen-genou-fr", "inspection", "Je vais commencer par examiner votre genou, vous êtes d'accord ?",
                "[Examiner] Inspection debout puis couchée : genou droit tuméfié.").points()).isZero();
        assertThat(score("examen-genou-fr", "tiroir-anterieur", "Normalement, à ce stade, je ferais ceci : le tiroir.",
                "[Examiner] Tiroir antérieur à 90° : positif.").points()).isZero();
    }

    @Test
    void aStepNamedInPartIsJudgedOnTheStudentsWords() throws IOException {
        // "Lungs" and "ankles" name two of the things the item lists; the finding reports more than was asked.
        assertThat(score("cardiovascular-exam-en", "lungs-oedema", "Now your lungs from behind, and then your ankles.",
                "[Examiner] Lung bases clear. No sacral or ankle oedema. Peripheral pulses all present.").points()).isZero();
    }

    @Test
    void aManoeuvreAskedOfThePatientIsTheStepItNamesWhenAFindingFollows() throws IOException {
        assertThat(score("examen-genou-fr", "vasculo-nerveux", "Bougez les orteils pour moi, et relevez le pied.",
                "[Examiner] Aucun déficit.").points()).isEqualTo(1);
        assertThat(score("examen-genou-fr", "vasculo-nerveux", "Bougez les orteils pour moi, et relevez le pied.", "Voilà.")
                .points()).isZero();
        assertThat(score("cardiovascular-exam-en", "hands", "Hold your arms out in front of you for me.",
                "[Examiner] Warm and well perfused, no tremor.").points()).isEqualTo(1);
        assertThat(ExaminerFindings.manoeuvreSaid(BlindGraderInterviewsTest.rubric("examen-genou-fr").items().stream()
                .filter(i -> i.id().equals("marche-appui")).findFirst().orElseThrow(),
                org.oscetrainer.common.TermAnalyzer.forLanguage("fr"), "Faites quelques pas jusqu'à la fenêtre.")).isNotNull();
    }
}
