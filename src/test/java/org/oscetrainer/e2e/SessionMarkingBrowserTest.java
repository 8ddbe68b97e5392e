package org.oscetrainer.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.oscetrainer.SignedIn.as;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.oscetrainer.IntegrationTest;
import org.oscetrainer.TestClock;
import org.oscetrainer.catalog.CatalogService;
import org.oscetrainer.cohort.CohortService;
import org.oscetrainer.examsession.ExamMode;
import org.oscetrainer.examsession.ExamSession;
import org.oscetrainer.examsession.ExamSessionDraft;
import org.oscetrainer.examsession.ExamSessionService;
import org.oscetrainer.cohort.RosterFixture;
import org.oscetrainer.cohort.RosterImport;
import org.oscetrainer.demo.SessionSimulation;
import org.oscetrainer.review.OneByOne;
import org.oscetrainer.review.ReviewService;
import org.oscetrainer.review.SecondMarkingAssignment;
import org.oscetrainer.review.SecondMarkingChanges;
import org.oscetrainer.scoring.ScoringService;
import org.oscetrainer.security.AccountService;
import org.oscetrainer.security.Role;
import org.oscetrainer.security.SystemIdentity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue #16 part 3 in a real browser: faculty assign the second marking of a session's first station;
 * the examiner chooses the session and station in the queue and marks its encounters one after the other
 * with the keyboard, "next" staying in the station; the progress page follows; the assigned second marker
 * finds the encounters among theirs and marks them as second marker. Then in French. Screenshots go to
 * target/screenshots/16m-*.png. The session (2 students, abdominal pain and breathlessness) is this test's
 * own: other tests' queues (chest pain, céphalée) do not change. Then faculty hand a second marking begun
 * to another examiner and try to remove one its marker has just signed off (refused, in words); the
 * agreement page keeps the session's simulated encounters apart, labelled.
 */
@IntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SessionMarkingBrowserTest extends BrowserTest {

    private static final String PASSWORD = "demo-password";
    private static final String SECOND = "mk-examiner2";
    private static final String SECOND_PASSWORD = "marking-password-2026";
    private static final String THIRD = "mk-examiner3";
    private static final String ABDOMINAL = "Acute abdominal pain in a 24-year-old woman";

    @Autowired ExamSessionService sessions;
    @Autowired CohortService cohorts;
    @Autowired RosterImport rosters;
    @Autowired CatalogService catalog;
    @Autowired SessionSimulation simulation;
    @Autowired AccountService accounts;
    @Autowired TestClock clock;
    @Autowired SecondMarkingChanges changes;
    @Autowired ReviewService review;
    @Autowired ScoringService scoring;
    @Autowired JdbcTemplate jdbc;

    private ExamSession session;

    @BeforeAll
    void aSessionOfTwoStudentsAtTwoStations() {
        SystemIdentity.call(() -> accounts.createIfAbsent(SECOND, SECOND_PASSWORD, "Dr Jeanne Moreau", Role.EXAMINER));
        SystemIdentity.call(() -> accounts.createIfAbsent(THIRD, SECOND_PASSWORD, "Dr Paul Lefèvre", Role.EXAMINER));
        String name = "Marking afternoon " + System.nanoTime() % 100_000;
        long cohortId = as("faculty", "FACULTY", () -> cohorts.create(name, 2026, RosterFixture.GROUPS)).id();
        byte[] roster = RosterFixture.csv(RosterFixture.students(2, 9_000_000L + System.nanoTime() % 1_000_000L * 100),
                ',', false, RosterFixture.ENGLISH_HEADER);
        as("faculty", "FACULTY", () -> rosters.commit(cohortId, rosters.preview(cohortId, "roster.csv", roster)));
        long abdominal = SystemIdentity.call(() -> catalog.latestStation("abdominal-pain-en").versionId());
        long breathless = SystemIdentity.call(() -> catalog.latestStation("breathlessness-en").versionId());
        Instant now = clock.instant();
        session = as("faculty", "FACULTY", () -> sessions.schedule(new ExamSessionDraft(name, cohortId, ExamMode.EXAM,
                now.minusSeconds(60), now.plus(Duration.ofHours(1)),
                List.of(new ExamSessionDraft.Station(abdominal, 8), new ExamSessionDraft.Station(breathless, 8)))));
        as("faculty", "FACULTY", () -> {
            try {
                return simulation.simulate(session.id(), 0.0, 16);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    @Order(1)
    void facultyAssignTheSecondMarkingOfAStation() {
        Page page = browser.newPage("en-GB");
        Browser.signIn(page, "faculty", PASSWORD);
        page.navigate("/review/session/" + session.id());
        Browser.waitForVaadin(page);
        assertThat(page.locator("h1")).hasText("Marking: " + session.name());
        assertThat(page.locator(".my-marking")).hasCount(0);
        assertThat(page.locator("vaadin-grid.marking-stations")).containsText(ABDOMINAL);
        assertThat(page.locator(".no-examiners")).hasText("No examiner has begun marking this session yet.");
        assertThat(page.locator("vaadin-integer-field.second-marking-share input")).hasValue("10");

        choose(page, "vaadin-combo-box.second-marking-station", ABDOMINAL);
        page.locator("vaadin-radio-group.second-marking-rule vaadin-radio-button").filter(
                new Locator.FilterOptions().setHasText("All encounters")).click();
        assertThat(page.locator("vaadin-integer-field.second-marking-share")).isHidden();
        page.locator("vaadin-button.assign-second-marking").click();
        assertThat(page.locator("vaadin-combo-box.second-marking-examiner")).hasAttribute("invalid", "");
        choose(page, "vaadin-combo-box.second-marking-examiner", "Dr Jeanne Moreau");
        page.locator("vaadin-button.assign-second-marking").click();
        assertThat(page.locator("vaadin-notification-card.second-marking-done")).containsText(
                "2 encounter(s) assigned to Dr Jeanne Moreau as second marker. Left out: 0 they mark first, 0 that already have a second marker.");
        assertThat(page.locator(".examiner-progress[data-examiner='" + SECOND + "'] .examiner-summary"))
                .hasText("0 of 2 marking(s) signed off");
        Browser.screenshot(page, "16m-01-session-marking-faculty-en");
        page.context().close();
    }

    @Test
    @Order(2)
    void theExaminerMarksTheStationOneEncounterAfterTheOtherAndProgressFollows() {
        Page page = browser.newPage("en-GB");
        Browser.signIn(page, "examiner", PASSWORD);
        page.navigate("/review");
        Browser.waitForVaadin(page);
        choose(page, "vaadin-combo-box.filter-session", session.name());
        assertThat(page.locator(".session-bar vaadin-button.mark-next")).hasText("Mark the next one (4 left for you) →");
        choose(page, "vaadin-combo-box.filter-station", ABDOMINAL);
        assertThat(page.locator(".session-bar vaadin-button.mark-next")).hasText("Mark the next one (2 left for you) →");
        assertThat(page.locator("vaadin-grid.review-queue [data-second-marker='" + SECOND + "'] >> visible=true")).hasCount(2);
        assertThat(page.locator("vaadin-grid.review-queue")).containsText("2nd marker: Dr Jeanne Moreau");
        Browser.screenshot(page, "16m-02-queue-session-en");

        page.locator(".session-bar vaadin-button.mark-next").click();
        page.waitForURL(Pattern.compile(".*/review/encounter/\\d+\\?.*session=" + session.id() + ".*"));
        Browser.waitForVaadin(page);
        String firstId = page.url().replaceAll(".*/encounter/(\\d+).*", "$1");
        assertThat(page.locator("h1")).hasText(ABDOMINAL);
        markWithTheKeyboard(page);
        assertThat(page.locator(".next-encounter-link")).containsText(ABDOMINAL);
        Browser.screenshot(page, "16m-03-signed-next-in-station-en");

        page.keyboard().press("n");
        page.waitForURL(Pattern.compile(".*/review/encounter/(?!" + firstId + "\\?)\\d+\\?.*session=.*"));
        Browser.waitForVaadin(page);
        assertThat(page.locator("h1")).hasText(ABDOMINAL);
        markWithTheKeyboard(page);
        assertThat(page.locator(".no-next-encounter")).hasText("Nothing else for you to mark in this session (and station).");

        page.navigate("/review/session/" + session.id());
        Browser.waitForVaadin(page);
        assertThat(page.locator(".my-marking-count")).containsText("2 encounter(s) left for you to mark");
        assertThat(page.locator(".my-marking vaadin-button.mark-station")).hasCount(1);
        assertThat(page.locator(".examiner-progress[data-examiner='examiner'] h3")).hasText("Dr Claire Dubois (you)");
        assertThat(page.locator(".examiner-progress[data-examiner='examiner'] .examiner-summary"))
                .hasText("2 of 2 marking(s) signed off");
        assertThat(page.locator(".second-marking-form")).hasCount(0);
        Browser.screenshot(page, "16m-04-session-marking-examiner-en");
        page.context().close();
    }

    @Test
    @Order(3)
    void theSecondMarkerFindsTheirsAndMarksBlindToTheFirstMarking() {
        Page page = browser.newPage("en-GB");
        Browser.signIn(page, SECOND, SECOND_PASSWORD);
        page.navigate("/review/session/" + session.id());
        Browser.waitForVaadin(page);
        assertThat(page.locator(".my-marking-count")).containsText("4 encounter(s) left for you to mark");
        page.locator(".my-marking vaadin-button.mark-next").click();
        page.waitForURL(Pattern.compile(".*/review/encounter/\\d+\\?session=" + session.id()));
        Browser.waitForVaadin(page);
        assertThat(page.locator(".second-marker-notice")).containsText("Second marking: Dr Claire Dubois is the first marker.");
        Browser.screenshot(page, "16m-05-second-marker-en");
        page.context().close();
    }

    @Test
    @Order(4)
    void inFrench() {
        Page faculty = browser.newPage("fr-FR");
        Browser.signIn(faculty, "faculty", PASSWORD);
        faculty.navigate("/review/session/" + session.id());
        Browser.waitForVaadin(faculty);
        assertThat(faculty.locator("h1")).hasText("Correction : " + session.name());
        assertThat(faculty.locator(".second-marking-form h2")).hasText("Désigner une double correction");
        assertThat(faculty.locator(".examiner-progress[data-examiner='examiner'] .examiner-summary"))
                .hasText("2 correction(s) validée(s) sur 2");
        Browser.screenshot(faculty, "16m-11-session-marking-faculty-fr");
        faculty.context().close();

        Page examiner = browser.newPage("fr-FR");
        Browser.signIn(examiner, "examiner", PASSWORD);
        examiner.navigate("/review?session=" + session.id());
        Browser.waitForVaadin(examiner);
        assertThat(examiner.locator(".session-bar vaadin-button.mark-next")).hasText("Corriger la suivante (2 pour vous) →");
        assertThat(examiner.locator(".session-bar a.session-marking-link"))
                .hasText("Avancement de la correction et double correction de cette session");
        Browser.screenshot(examiner, "16m-12-queue-session-fr");
        examiner.navigate("/review/session/" + session.id());
        Browser.waitForVaadin(examiner);
        assertThat(examiner.locator(".my-marking h2")).hasText("Votre correction");
        Browser.screenshot(examiner, "16m-13-session-marking-examiner-fr");
        examiner.context().close();
    }

    @Test
    @Order(5)
    void facultyHandASecondMarkingToAnotherExaminerAndCannotRemoveOneSignedOff() {
        List<SecondMarkingAssignment> assigned = as("faculty", "FACULTY", () -> changes.assignments(session.id()));
        org.assertj.core.api.Assertions.assertThat(assigned).hasSize(2);
        long begun = assigned.get(0).encounterId();
        long signing = assigned.get(1).encounterId();
        var item = as(SECOND, "EXAMINER", () -> scoring.report(begun)).orElseThrow().items().get(0);
        as(SECOND, "EXAMINER", () -> {
            review.evidenceShown(begun, item.itemId());
            return review.decide(begun, item.itemId(), item.points(), null);
        });

        Page page = browser.newPage("en-GB");
        Browser.signIn(page, "faculty", PASSWORD);
        page.navigate("/review/session/" + session.id());
        Browser.waitForVaadin(page);
        assertThat(page.locator(".assigned-second-markings h2")).hasText("Second markings assigned");
        assertThat(page.locator("vaadin-grid.assigned-grid")).containsText("Begun: 1 item(s) decided");
        page.locator(".assigned-actions[data-encounter='" + begun + "'] vaadin-button.change-second-marker").click();
        assertThat(page.locator(".second-marker-begun")).hasText(
                "Dr Jeanne Moreau has decided 1 item(s): this marking will be set aside (its decisions stay in the audit log).");
        page.locator("vaadin-button.confirm-second-marker").click();
        assertThat(page.locator("vaadin-combo-box.new-second-marker")).hasAttribute("invalid", "");
        assertThat(page.locator("vaadin-text-area.second-marker-reason")).hasAttribute("invalid", "");
        choose(page, "vaadin-combo-box.new-second-marker", "Dr Paul Lefèvre");
        page.locator("vaadin-text-area.second-marker-reason textarea").fill("Dr Moreau is away this week");
        Browser.screenshot(page, "16m-06-change-second-marker-en");
        page.locator("vaadin-button.confirm-second-marker").click();
        assertThat(page.locator("vaadin-notification-card.second-marker-changed")).containsText("is now Dr Paul Lefèvre’s.");
        assertThat(page.locator(".assigned-actions[data-encounter='" + begun + "']")).isVisible();
        assertThat(page.locator("vaadin-grid.assigned-grid")).containsText("Dr Paul Lefèvre");
        assertThat(page.locator(".examiner-progress[data-examiner='" + THIRD + "'] .examiner-summary"))
                .hasText("0 of 1 marking(s) signed off");
        org.assertj.core.api.Assertions.assertThat(jdbc.queryForObject("select after_value from audit_entry where action = 'SECOND_MARKER_CHANGED'"
                + " and subject_id = ?", String.class, String.valueOf(begun)))
                .isEqualTo("second marker " + THIRD + " (session " + session.id() + "): Dr Moreau is away this week");

        page.locator(".assigned-actions[data-encounter='" + signing + "'] vaadin-button.remove-second-marker").click();
        page.locator("vaadin-text-area.second-marker-reason textarea").fill("Enough second markings");
        // meanwhile, the second marker signs off
        as(SECOND, "EXAMINER", () -> {
            OneByOne.decideRequiredItems(review, scoring, signing);
            return review.signOff(signing, 3);
        });
        page.locator("vaadin-button.confirm-second-marker").click();
        assertThat(page.locator("vaadin-notification-card.error-notification")).containsText(
                "Dr Jeanne Moreau has already signed off this second marking: it can no longer be changed or removed.");
        assertThat(page.locator("vaadin-grid.assigned-grid")).containsText("Signed off (can no longer change)");
        assertThat(page.locator(".assigned-actions[data-encounter='" + signing + "'] vaadin-button")).hasCount(0);
        Browser.screenshot(page, "16m-07-second-marking-refused-en");
        org.assertj.core.api.Assertions.assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'SECOND_MARKER_REMOVED'"
                + " and subject_id = ?", Integer.class, String.valueOf(signing))).isZero();

        page.locator("vaadin-side-nav-item[path='agreement']").click();
        page.waitForURL(Pattern.compile(".*/agreement"));
        Browser.waitForVaadin(page);
        assertThat(page.locator(".agreement-simulated h2")).hasText("The demo’s simulated encounters (kept apart)");
        assertThat(page.locator(".agreement-simulated .simulated-badge")).hasText("Simulated");
        assertThat(page.locator(".agreement-simulated .simulated-notice")).containsText("is not a measure of the AI");
        assertThat(page.locator("vaadin-grid.agreement-simulated-stations")).containsText(ABDOMINAL);
        Browser.screenshot(page, "16m-08-agreement-simulated-apart-en");
        page.context().close();
    }

    @Test
    @Order(6)
    void changingASecondMarkerInFrench() {
        long begun = as("faculty", "FACULTY", () -> changes.assignments(session.id())).stream()
                .filter(a -> !a.signed()).findFirst().orElseThrow().encounterId();
        Page page = browser.newPage("fr-FR");
        Browser.signIn(page, "faculty", PASSWORD);
        page.navigate("/review/session/" + session.id());
        Browser.waitForVaadin(page);
        assertThat(page.locator(".assigned-second-markings h2")).hasText("Doubles corrections désignées");
        assertThat(page.locator("vaadin-grid.assigned-grid")).containsText("Validée (ne peut plus changer)");
        Browser.screenshot(page, "16m-14-assigned-second-markings-fr");
        page.locator(".assigned-actions[data-encounter='" + begun + "'] vaadin-button.change-second-marker").click();
        assertThat(page.locator("vaadin-text-area.second-marker-reason")).isVisible();
        Browser.screenshot(page, "16m-15-change-second-marker-fr");
        page.locator("vaadin-button.cancel-second-marker").filter(new Locator.FilterOptions().setHasText("Annuler")).click();
        page.navigate("/agreement");
        Browser.waitForVaadin(page);
        assertThat(page.locator(".agreement-simulated h2")).hasText("Rencontres simulées de la démonstration (à part)");
        assertThat(page.locator(".agreement-simulated .simulated-badge")).hasText("Simulé");
        Browser.screenshot(page, "16m-16-agreement-simulated-apart-fr");
        page.context().close();
    }

    /** Marks the open encounter with the keyboard alone: J and Enter on each item (a digit first on a blind one), G G G, S. */
    private static void markWithTheKeyboard(Page page) {
        assertThat(page.locator(".decision-item").first()).isVisible();
        @SuppressWarnings("unchecked")
        List<String> items = (List<String>) page.locator(".decision-item")
                .evaluateAll("rows => rows.map(r => r.dataset.item + ' ' + r.dataset.aiHidden)");
        for (String entry : items) {
            String itemId = entry.split(" ")[0];
            page.keyboard().press("j");
            Browser.waitForVaadin(page);
            assertThat(page.locator(".decision-item.selected")).hasAttribute("data-item", itemId);
            if (entry.endsWith("true")) {
                page.keyboard().press("1");
            }
            page.keyboard().press("Enter");
            Browser.waitForVaadin(page);
            assertThat(page.locator(".decision-item[data-item='" + itemId + "'] .decision-status"))
                    .not().hasAttribute("data-state", "undecided");
        }
        for (int g = 0; g < 3; g++) {
            page.keyboard().press("g");
        }
        page.keyboard().press("s");
        assertThat(page.locator(".signed-notice")).containsText("global rating 3");
    }

    /** Picks a value in a combo box by typing it and choosing the matching option. */
    private static void choose(Page page, String comboBox, String value) {
        page.locator(comboBox + " input").fill(value);
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText(value)).first().click();
        Browser.waitForVaadin(page);
    }
}
