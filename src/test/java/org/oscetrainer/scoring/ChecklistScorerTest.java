package org.oscetrainer.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oscetrainer.catalog.Rubric;
import org.oscetrainer.encounter.TranscriptTurn;
import org.oscetrainer.encounter.TranscriptTurn.Speaker;

class ChecklistScorerTest {

    private final Rubric rubric = new Rubric("s", 1, List.of(
            new Rubric.Item("intro", "Introduces self", "communication", 1, List.of("my name is", "i am doctor")),
            new Rubric.Item("onset", "Asks about onset", "history", 2, List.of("when start", "how long")),
            new Rubric.Item("smoking", "Asks about smoking", "history", 1, List.of("smoke", "cigarettes", "tobacco"))));

    private static TranscriptTurn turn(int seq, Speaker speaker, String text) {
        return new TranscriptTurn(100 + seq, seq, speaker, text, null, Instant.EPOCH);
    }

    @Test
    void creditsAnItemWithTheEarliestStudentTurnThatContainsAnEvidencePhrasing() {
        var transcript = List.of(
                turn(1, Speaker.PATIENT, "Doctor, it hurts."),
                turn(2, Speaker.STUDENT, "Hello, my name is Dr Martin, one of the doctors."),
                turn(3, Speaker.PATIENT, "Hello."),
                turn(4, Speaker.STUDENT, "When did the pain start?"),
                turn(5, Speaker.PATIENT, "An hour ago."),
                turn(6, Speaker.STUDENT, "And how long did it last?"));

        var scores = new ChecklistScorer().score(rubric, "en", transcript);

        assertThat(scores).extracting(ItemScore::itemId, ItemScore::points, ItemScore::evidenceSeq)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("intro", 1, 2),
                        org.assertj.core.groups.Tuple.tuple("onset", 2, 4),
                        org.assertj.core.groups.Tuple.tuple("smoking", 0, null));
        assertThat(scores.get(1).evidenceQuote()).isEqualTo("When did the pain start?");
        assertThat(scores.get(1).evidenceTurnId()).isEqualTo(104L);
    }

    @Test
    void wordsSpokenOnlyByThePatientEarnNothing() {
        var transcript = List.of(
                turn(1, Speaker.PATIENT, "I smoke twenty cigarettes a day, and it started an hour ago."),
                turn(2, Speaker.STUDENT, "I see."));

        var scores = new ChecklistScorer().score(rubric, "en", transcript);

        assertThat(scores).allMatch(s -> s.points() == 0 && s.evidenceQuote() == null);
    }

    @Test
    void everyWordOfAPhrasingMustBeThere() {
        var transcript = List.of(turn(1, Speaker.STUDENT, "When did you arrive?"));
        assertThat(new ChecklistScorer().score(rubric, "en", transcript).get(1).done()).isFalse();
    }

    @Test
    void declinedQuestionsAndAsidesEarnNothingButTyposAndSynonymsDo() {
        var transcript = List.of(
                turn(1, Speaker.STUDENT, "I won't ask about smoking today. How long has it been going on?"),
                turn(2, Speaker.STUDENT, "Sorry, I'm a bit late myself."),
                turn(3, Speaker.STUDENT, "Do you smkoe?"));

        var scores = new ChecklistScorer().score(rubric, "en", transcript);

        assertThat(scores.get(1).points()).as("onset, from the second sentence of turn 1").isEqualTo(1);
        assertThat(scores.get(1).evidenceQuote()).isEqualTo("How long has it been going on?");
        assertThat(scores.get(2).evidenceSeq()).as("smoking, from the typo in turn 3").isEqualTo(3);
    }

    @Test
    void anItemWorthMoreThanOnePointEarnsAPointPerDistinctHint() {
        var onlyOne = List.of(turn(1, Speaker.STUDENT, "How long have you had it?"));
        var both = List.of(turn(1, Speaker.STUDENT, "How long have you had it? When did it start?"));
        assertThat(new ChecklistScorer().score(rubric, "en", onlyOne).get(1).points()).isEqualTo(1);
        assertThat(new ChecklistScorer().score(rubric, "en", both).get(1).points()).isEqualTo(2);
    }

    @Test
    void aReportAddsUpPointsAndPercentage() {
        var report = new ScoreReport(1, ChecklistScorer.NAME, Instant.EPOCH, List.of(
                new ItemScore("a", "A", "history", 2, 2, 1L, 1, "q"),
                new ItemScore("b", "B", "history", 0, 1, null, null, null)));
        assertThat(report.total()).isEqualTo(2);
        assertThat(report.max()).isEqualTo(3);
        assertThat(report.percent()).isEqualTo(66.7);
    }
}
