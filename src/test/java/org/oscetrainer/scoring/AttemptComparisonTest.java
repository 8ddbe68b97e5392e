package org.oscetrainer.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.oscetrainer.scoring.StudentFeedback.Attempt;

/** Progress across attempts compares like with like (issue 13, part 4): same rubric, same points. */
class AttemptComparisonTest {

    private static Attempt attempt(long id, long version, int total, int max) {
        return new Attempt(id, Instant.parse("2026-12-01T10:00:00Z").plusSeconds(id * 3600), version, total, max,
                Math.round(1000.0 * total / max) / 10.0, false);
    }

    @Test
    void anAttemptOutOfOtherPointsOrOnAnotherRubricIsNotComparedWithThisOne() {
        Attempt onTheOldRubric = attempt(1, 10, 14, 21);
        Attempt beforeTheNote = attempt(2, 11, 15, 21);
        Attempt withTheNote = attempt(3, 11, 20, 27);
        Attempt thisOne = attempt(4, 11, 24, 27);
        var feedback = new StudentFeedback(Map.of(), List.of(), List.of(onTheOldRubric, beforeTheNote, withTheNote, thisOne));

        assertThat(feedback.comparableWith(4)).containsExactly(withTheNote, thisOne);
        assertThat(feedback.comparableWith(2)).containsExactly(beforeTheNote);
        assertThat(feedback.comparableWith(99)).as("an encounter not among the attempts").isEmpty();
    }
}
