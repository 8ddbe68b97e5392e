package org.oscetrainer.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oscetrainer.catalog.Rubric;
import org.oscetrainer.encounter.TranscriptTurn;
import org.oscetrainer.encounter.TranscriptTurn.Speaker;

/** The offline grader reads what a student means: negation, other senses, own relatives, statements, typos. */
class GraderUnderstandingTest {

    private final Rubric rubric = new Rubric("s", 1, List.of(
            new Rubric.Item("intro", "Introduces self", "communication", 1, List.of("my name is", "medical student")),
            new Rubric.Item("character", "Asks about the character", "history", 1, List.of("tight", "heavy")),
            new Rubric.Item("family", "Asks about family history", "history", 1, List.of("heart attack", "runs in the family")),
            new Rubric.Item("plans", "Asks about suicidal plans", "history", 1, List.of("plans")),
            new Rubric.Item("concerns", "Explores ideas, concerns and expectations", "communication", 1,
                    List.of("worried", "concerns")),
            new Rubric.Item("ecg", "Requests an ECG", "management", 1, List.of("ecg")),
            new Rubric.Item("alcohol", "Asks about alcohol", "history", 1, List.of("drinking", "alcohol")),
            new Rubric.Item("empathy", "Shows empathy", "communication", 2, List.of("sorry to hear", "must be hard")),
            new Rubric.Item("heart-family", "Asks about family history of heart disease", "history", 1,
                    List.of("brother", "father", "runs in the family")),
            new Rubric.Item("severity", "Asks about severity", "history", 1, List.of("out of ten", "how bad")),
            new Rubric.Item("bp", "Measures the blood pressure", "examination", 1, List.of("blood pressure")),
            new Rubric.Item("exam", "Requests observations and an abdominal examination", "examination", 1,
                    List.of("observations", "examine your tummy")),
            new Rubric.Item("meds", "Asks about regular medicines", "history", 1, List.of("medicines", "tablets")),
            new Rubric.Item("pmh", "Asks about past medical history", "history", 1, List.of("medical history", "medical problems"))));

    private static TranscriptTurn student(int seq, String text) {
        return new TranscriptTurn(100 + seq, seq, Speaker.STUDENT, text, null, Instant.EPOCH);
    }

    private int points(String item, String... turns) {
        List<TranscriptTurn> transcript = new java.util.ArrayList<>();
        for (int i = 0; i < turns.length; i++) {
            transcript.add(student(i + 1, turns[i]));
        }
        return new ChecklistScorer().score(rubric, "en", transcript).stream().filter(s -> s.itemId().equals(item))
                .findFirst().orElseThrow().points();
    }

    @Test
    void aDenialEarnsNothingButAQuestionOrAConditionDoes() {
        assertThat(points("ecg", "I don't think we need an ECG, it's probably your chest.")).isZero();
        assertThat(points("ecg", "No ECG?")).isEqualTo(1);
        assertThat(points("ecg", "We'll get an ECG without delay.")).isEqualTo(1);
    }

    @Test
    void aShortWordIsNotForgivenForAnotherWord() {
        assertThat(points("character", "Is the pain right in the middle?")).isZero();
        assertThat(points("character", "Is it tight?")).isEqualTo(1);
    }

    @Test
    void theStudentsOwnRelativesAndAWordInAnotherSenseEarnNothing() {
        assertThat(points("family", "My dad had a heart attack at sixty, so I know how scary it is.")).isZero();
        assertThat(points("family", "Has anyone in your family had a heart attack?")).isEqualTo(1);
        assertThat(points("plans", "Any plans for the weekend with the kids?")).isZero();
        assertThat(points("plans", "Have you made any plans to end your life?")).isEqualTo(1);
    }

    @Test
    void theStudentsOwnWorryIsNotExploringConcerns() {
        assertThat(points("concerns", "I'm going to ask the team to see you, because I'm worried about you.")).isZero();
        assertThat(points("concerns", "Is there anything you're worried about?")).isEqualTo(1);
    }

    @Test
    void aQuestionAfterADeclinedOneStands() {
        assertThat(points("alcohol", "I won't ask you about drugs today, but how much are you drinking?")).isEqualTo(1);
        assertThat(points("alcohol", "I won't ask about your drinking today.")).isZero();
    }

    @Test
    void empathyShownInTwoTurnsEarnsBothPointsAndSorryToHearIsEmpathy() {
        assertThat(points("empathy", "Sorry to hear that.")).isEqualTo(1);
        assertThat(points("empathy", "I'm sorry to hear that.", "Losing your job like that, it must be hard.")).isEqualTo(2);
        assertThat(points("empathy", "I'm sorry to hear that.", "That sounds like it must be hard, I'm sorry to hear that.")).isEqualTo(1);
        assertThat(points("intro", "Hi, I'm Sam, a medical student.")).isEqualTo(1);
    }

    @Test
    void anEverydayPhraseCountsWithTheHintsOtherWords() {
        Rubric anger = new Rubric("f", 1, List.of(new Rubric.Item("acknowledges", "Reconnaît la colère", "communication", 1,
                List.of("comprends votre colère"))));
        assertThat(new ChecklistScorer().score(anger, "fr", List.of(student(1, "Je comprends votre colère, madame.")))
                .get(0).points()).isEqualTo(1);
        assertThat(new ChecklistScorer().score(anger, "fr", List.of(student(1, "Je comprends, je note.")))
                .get(0).points()).isZero();
    }

    @Test
    void aRelativeAloneIsNotAFamilyHistory() {
        assertThat(points("heart-family", "Did your wife drive you in, or your brother?")).isZero();
        assertThat(points("heart-family", "Did your dad ever have heart trouble?")).isEqualTo(1);
    }

    @Test
    void someoneElsesReportAndAdviceAskNothing() {
        assertThat(points("bp", "The midwife wrote that your blood pressure was high.")).isZero();
        assertThat(points("bp", "I'd like to check your blood pressure.")).isEqualTo(1);
        assertThat(points("alcohol", "That's way too much, you need to cut down your drinking.")).isZero();
        assertThat(points("alcohol", "Losing your job, that's a lot, and the drinking on top.")).isZero();
        assertThat(points("alcohol", "Any alcohol.")).isEqualTo(1);
    }

    @Test
    void anIntroductionNamesTheStudent() {
        assertThat(points("intro", "Hi, I'm one of the medical students.")).isZero();
        assertThat(points("intro", "Hi, I'm Sam, a medical student.")).isEqualTo(1);
    }

    @Test
    void commonWaysOfAskingInOtherWordsCount() {
        assertThat(points("severity", "If ten were the worst pain you could imagine, where are you now?")).isEqualTo(1);
        assertThat(points("heart-family", "Has your dad had any heart problems?")).isEqualTo(1);
    }

    @Test
    void aOnePointExaminationItemNeedsEveryThingItNames() {
        assertThat(points("exam", "Could I examine your tummy?")).isZero();
        assertThat(points("exam", "Could I have the observations?", "Could I examine your tummy?")).isEqualTo(1);
    }

    @Test
    void medicalProblemsAreNotMedicines() {
        assertThat(points("meds", "Do you have any medical problems?")).isZero();
        assertThat(points("pmh", "Do you have any medical problems?")).isEqualTo(1);
        assertThat(points("meds", "Do you take any tablets?")).isEqualTo(1);
    }
}
