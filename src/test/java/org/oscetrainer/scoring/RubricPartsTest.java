package org.oscetrainer.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oscetrainer.catalog.Rubric;
import org.oscetrainer.encounter.NoteAnswer;
import org.oscetrainer.encounter.TranscriptTurn;
import org.oscetrainer.encounter.TranscriptTurn.Speaker;

/**
 * Items their author wrote out in parts ({@code parts:} in the rubric) and notes written under headings.
 * Items copied from the rubrics (breathlessness-en, dyspnee-aigue-fr); the students' words are written
 * for this test.
 */
class RubricPartsTest {

    private static final Rubric.Item SMOKING_ALCOHOL = new Rubric.Item("smoking-alcohol", "Asks about smoking (pack-years) and alcohol",
            "history", 1, List.of("smoke", "alcohol"), false, null, List.of(
                    new Rubric.Part("smoking", List.of("smoke", "cigarettes", "tobacco")),
                    new Rubric.Part("alcohol", List.of("alcohol", "units", "drink"))), null);

    private static final Rubric.Item TOUX = new Rubric.Item("toux-hemoptysie", "Recherche une toux et une hémoptysie",
            "history", 2, List.of("toux"), false, null, List.of(
                    new Rubric.Part("toux", List.of("toux", "toussez")),
                    new Rubric.Part("hémoptysie", List.of("craché", "sang", "hémoptysie"))), null);

    private static ItemScore grade(Rubric.Item item, String language, String... turns) {
        List<TranscriptTurn> transcript = new ArrayList<>();
        for (int i = 0; i < turns.length; i++) {
            transcript.add(new TranscriptTurn(100 + i, i + 1, Speaker.STUDENT, turns[i], null, Instant.EPOCH));
        }
        return new ChecklistScorer().score(new Rubric("s", 1, List.of(item)), language, transcript).get(0);
    }

    @Test
    void aOnePointItemInPartsIsEarnedWhole() {
        assertThat(grade(SMOKING_ALCOHOL, "en", "Do you smoke?").points()).isZero();
        ItemScore both = grade(SMOKING_ALCOHOL, "en", "Do you smoke?", "And how many units of alcohol a week?");
        assertThat(both.points()).isEqualTo(1);
        assertThat(both.evidenceQuote()).isEqualTo("Do you smoke?");
    }

    @Test
    void anItemWorthTwoEarnsOneForSomeOfItsParts() {
        assertThat(grade(TOUX, "fr", "Vous toussez ?").points()).isEqualTo(1);
        assertThat(grade(TOUX, "fr", "Vous toussez ?", "Vous avez craché du sang ?").points()).isEqualTo(2);
        assertThat(grade(TOUX, "fr", "Vous avez de la fièvre ?").points()).isZero();
    }

    private static final Rubric.Item EXPLICATION = new Rubric.Item("explication",
            "Explique au père la suite (hospitalisation, oxygène ; kinésithérapie non recommandée)", "management", 1,
            List.of("hospitalisation", "oxygène"), false, null, List.of(), null, List.of("kiné respiratoire", "Ventoline"));

    @Test
    void aWrongAnswerSaidAsTheStudentsOwnCostsAPoint() {
        assertThat(grade(EXPLICATION, "fr", "On va le garder en hospitalisation avec de l'oxygène.").points()).isEqualTo(1);
        assertThat(grade(EXPLICATION, "fr", "Hospitalisation, oxygène et séances de kiné respiratoire.").points()).isZero();
        assertThat(grade(EXPLICATION, "fr", "Hospitalisation et oxygène. La kiné respiratoire, on ne la fait plus.").points())
                .isEqualTo(1);
        assertThat(grade(EXPLICATION, "fr", "Hospitalisation et oxygène, pas de kiné respiratoire ni de Ventoline.").points())
                .isEqualTo(1);
        assertThat(grade(EXPLICATION, "fr", "Hospitalisation et oxygène. On vous a proposé de la Ventoline ?").points())
                .isEqualTo(1);
    }

    @Test
    void eachNoteQuestionIsJudgedOnItsOwnSection() {
        String note = "Summary: 74-year-old with breathlessness. Diagnosis: heart failure. Plan: ECG, BNP and echo.";
        assertThat(NoteSections.of(note, "summary")).isEqualTo("74-year-old with breathlessness.");
        // The differential keeps its headings (grader9): "Diagnosis: A. Differentials: B" puts B as an alternative to A.
        assertThat(NoteSections.of(note, "differential")).isEqualTo("Diagnosis: heart failure.");
        assertThat(NoteSections.of(note, "plan")).isEqualTo("ECG, BNP and echo.");
        assertThat(NoteSections.of("Insuffisance cardiaque probable.", "plan")).isEqualTo("Insuffisance cardiaque probable.");
        Rubric rubric = new Rubric("s", 1, List.of(), List.of(
                new Rubric.NoteItem("differential", "Diagnosis?", 2, List.of("heart failure"), List.of("heart failure", "pneumonia")),
                new Rubric.NoteItem("plan", "Plan?", 2, List.of("ECG"), List.of("ecg", "bnp", "echo", "heart failure clinic"))));
        List<NoteAnswer> answers = List.of(new NoteAnswer("differential", "Diagnosis?", note, Instant.EPOCH),
                new NoteAnswer("plan", "Plan?", note, Instant.EPOCH));
        List<ItemScore> scores = new NoteScorer().score(rubric, "en", answers);
        assertThat(scores.get(0).evidenceQuote()).isEqualTo("Diagnosis: heart failure.");
        assertThat(scores.get(1).points()).isEqualTo(2);
    }
}
