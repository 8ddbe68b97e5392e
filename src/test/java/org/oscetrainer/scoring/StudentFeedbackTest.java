package org.oscetrainer.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.oscetrainer.SignedIn.as;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.oscetrainer.IntegrationTest;
import org.oscetrainer.catalog.CatalogService;
import org.oscetrainer.encounter.EncounterService;
import org.oscetrainer.security.SystemIdentity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Feedback for the student: critical items, what doing an item well looks like, progress over attempts. */
@IntegrationTest
class StudentFeedbackTest {

    @Autowired EncounterService encounters;
    @Autowired ScoringService scoring;
    @Autowired CatalogService catalog;
    @Autowired FinalScores finalScores;

    private long playAndEnd(long version) throws Exception {
        long id = as("feedback-student", "STUDENT", () -> encounters.start(version).id());
        as("feedback-student", "STUDENT", () -> encounters.end(id));
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (as("feedback-student", "STUDENT", () -> scoring.report(id)).isEmpty()) {
            assertThat(System.nanoTime()).as("scored within 20 s").isLessThan(deadline);
            Thread.sleep(100);
        }
        return id;
    }

    @Test
    void theStudentSeesCriticalItemsAdviceAndTheirAttemptsAtTheStationButNotTheRubric() throws Exception {
        long version = SystemIdentity.call(() -> catalog.latestStation("low-mood-en").versionId());
        long first = playAndEnd(version);
        long second = playAndEnd(version);

        StudentFeedback feedback = as("feedback-student", "STUDENT", () -> scoring.feedback(second, finalScores));
        assertThat(feedback.critical()).contains("empathy-rapport");
        assertThat(feedback.advice()).containsEntry("depressive-symptoms",
                "Asks about enjoyment and at least two of sleep, appetite or weight, energy and concentration");
        assertThat(feedback.toString()).as("no evidence phrasings of the answer key").doesNotContain("feeling down");
        assertThat(feedback.attempts()).extracting(StudentFeedback.Attempt::encounterId).containsExactly(first, second);
        assertThat(feedback.attempts()).allSatisfy(a -> assertThat(a.reviewed()).isFalse());
        assertThat(feedback.attempts()).allSatisfy(a -> assertThat(a.stationVersionId()).isEqualTo(version));
        assertThat(feedback.comparableWith(second)).as("two attempts on one version, both out of the same points")
                .extracting(StudentFeedback.Attempt::encounterId).containsExactly(first, second);

        assertThatThrownBy(() -> as("feedback-other", "STUDENT", () -> scoring.feedback(second, finalScores)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
