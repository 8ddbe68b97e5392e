package org.oscetrainer.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.oscetrainer.SignedIn.as;

import com.microsoft.playwright.Page;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.oscetrainer.IntegrationTest;
import org.oscetrainer.catalog.CatalogService;
import org.oscetrainer.cohort.CohortService;
import org.oscetrainer.examsession.ExamMode;
import org.oscetrainer.examsession.ExamSession;
import org.oscetrainer.examsession.ExamSessionDraft;
import org.oscetrainer.examsession.ExamSessionService;
import org.oscetrainer.cohort.RosterImport;
import org.oscetrainer.review.OneByOne;
import org.oscetrainer.review.ReviewService;
import org.oscetrainer.security.SystemIdentity;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A student sits an exam session in the browser: one attempt, nothing shown until faculty release the
 * results, then the score labelled as reviewed by an examiner.
 */
@IntegrationTest
class StudentExamBrowserTest extends BrowserTest {

    private static final String STATION = "febrile-child-en";

    @Autowired CohortService cohorts;
    @Autowired RosterImport rosters;
    @Autowired ExamSessionService sessions;
    @Autowired ReviewService review;
    @Autowired org.oscetrainer.scoring.ScoringService scoring;
    @Autowired CatalogService catalog;
    @Autowired Clock clock;

    @Test
    void theStudentSeesTheirExamResultOnlyOnceReleasedAndReviewed() throws InterruptedException {
        String name = "Exam " + System.nanoTime() % 100_000;
        long cohortId = as("faculty", "FACULTY", () -> cohorts.create(name, 2026, List.of("A"))).id();
        byte[] roster = "student number,last name,first name,email,group\nstudent2,BERNARD,Hugo,hugo.bernard@etu.example.fr,A\n"
                .getBytes(StandardCharsets.UTF_8);
        as("faculty", "FACULTY", () -> rosters.commit(cohortId, rosters.preview(cohortId, "roster.csv", roster)));
        long version = SystemIdentity.call(() -> catalog.latestStation(STATION).versionId());
        var now = clock.instant();
        ExamSession exam = as("faculty", "FACULTY", () -> sessions.schedule(new ExamSessionDraft(name, cohortId,
                ExamMode.EXAM, now.minusSeconds(60), now.plus(Duration.ofHours(1)),
                List.of(new ExamSessionDraft.Station(version, 8)))));

        Page page = browser.newPage("en-GB");
        Browser.signIn(page, "student2", "demo-password");
        page.navigate("/stations");
        Browser.waitForVaadin(page);
        var card = page.locator(".session-card[data-session='" + exam.id() + "']");
        assertThat(card).containsText("Exam: one attempt per station.");
        // not in free practice while the exam is open
        assertThat(page.locator(".station-cards vaadin-button[data-station='" + STATION + "']")).hasCount(0);
        Browser.screenshot(page, "71-student-sessions-en");
        // a student never reaches the grade files, even by their address
        org.assertj.core.api.Assertions.assertThat(page.request().get("/exports/sessions/" + exam.id() + "/moodle.csv").status())
                .isEqualTo(403);
        card.locator("vaadin-button.start-session-station[data-station='" + STATION + "']").click();
        page.waitForURL(Pattern.compile(".*/encounter/\\d+"));
        Browser.waitForVaadin(page);
        int seq = page.locator(".turn[data-seq]").count() + 2;
        ask(page, "How long has she had a fever?", seq);
        page.locator("vaadin-button.end-encounter").click();
        page.waitForURL(Pattern.compile(".*/(result|note)/\\d+"));
        long encounterId = Long.parseLong(page.url().replaceAll(".*/", ""));
        page.navigate("/result/" + encounterId);
        Browser.waitForVaadin(page);
        assertThat(page.locator(".result-withheld")).containsText("once the faculty release the results");
        assertThat(page.locator(".score-value")).hasCount(0);
        Browser.screenshot(page, "71-student-result-withheld-en");
        page.navigate("/stations");
        Browser.waitForVaadin(page);
        assertThat(card.locator("li[data-station='" + STATION + "']")).containsText("Done · results after release");

        long until = System.currentTimeMillis() + 15_000;
        while (System.currentTimeMillis() < until
                && as("examiner", "EXAMINER", () -> review.queue()).stream()
                        .noneMatch(e -> e.encounterId() == encounterId && e.score() != null)) {
            Thread.sleep(100);
        }
        as("examiner", "EXAMINER", () -> {
            OneByOne.decideRequiredItems(review, scoring, encounterId);
            return review.signOff(encounterId, 4);
        });
        as("faculty", "FACULTY", () -> sessions.closeNow(exam.id()));
        as("faculty", "FACULTY", () -> sessions.release(exam.id()));

        page.navigate("/result/" + encounterId);
        Browser.waitForVaadin(page);
        assertThat(page.locator(".reviewed-note")).containsText("reviewed by an examiner");
        // the session has closed: the note can no longer be written
        assertThat(page.locator(".note-link")).hasCount(0);
        assertThat(page.locator(".score-value")).isVisible();
        Browser.screenshot(page, "71-student-result-released-en");
        Page fr = browser.newPage("fr-FR");
        Browser.signIn(fr, "student2", "demo-password");
        Browser.waitForVaadin(fr);
        Browser.screenshot(fr, "71-student-sessions-fr");
        fr.context().close();
        page.context().close();
    }
}
