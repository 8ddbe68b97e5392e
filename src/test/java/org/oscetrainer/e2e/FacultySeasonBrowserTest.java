package org.oscetrainer.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.oscetrainer.SignedIn.as;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.oscetrainer.IntegrationTest;
import org.oscetrainer.analytics.SessionAnalyticsService;
import org.oscetrainer.analytics.SessionResults;
import org.oscetrainer.analytics.SessionStatistics;
import org.oscetrainer.examsession.ExamSession;
import org.oscetrainer.examsession.ExamSessionService;
import org.oscetrainer.cohort.RosterFixture;
import org.oscetrainer.review.ReviewQueueEntry;
import org.oscetrainer.review.ReviewService;
import org.oscetrainer.review.ReviewStatus;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A faculty's OSCE season in a real browser: import a roster of 60 students (told about its bad rows;
 * {@code -Dseason.students=200} for a whole year group, kept out of the test command for time),
 * schedule an exam session of 4 stations, fill it with a simulated cohort, an examiner overrides two
 * items and signs off, close the session and release the results, read the analytics with their
 * charts, download the workbook and the Moodle CSV and find in them the numbers the app computed.
 */
@IntegrationTest
class FacultySeasonBrowserTest extends BrowserTest {

    private static final List<String> CIRCUIT = List.of("chest-pain-en", "abdominal-pain-en", "breathlessness-en",
            "cephalee-fr");
    private static final int STUDENTS = Math.min(200, Integer.getInteger("season.students", 60));

    @Autowired ExamSessionService sessions;
    @Autowired ReviewService review;
    @Autowired SessionAnalyticsService analytics;

    @Test
    void facultyRunsAnExamSessionFromTheRosterToTheGradebook() throws Exception {
        String suffix = Long.toString(System.nanoTime() % 100_000, 36).toUpperCase();
        String cohortName = "Year 5 MD " + suffix;
        String sessionName = "OSCE January " + suffix;
        // the registrar's file with its bad rows has 200 students (the bad rows are spread over it); the fixed file
        // imported is its first STUDENTS rows
        List<String[]> yearGroup = RosterFixture.students(200, 31_000_001L + System.nanoTime() % 100_000 * 1000);
        List<String[]> students = yearGroup.subList(0, Math.min(STUDENTS, yearGroup.size()));
        Path dir = Files.createTempDirectory("season");
        Path bad = Files.write(dir.resolve("roster.xlsx"), RosterFixture.xlsx(RosterFixture.withBadRows(yearGroup),
                RosterFixture.ENGLISH_HEADER));
        Path fixed = Files.write(dir.resolve("roster-fixed.xlsx"), RosterFixture.xlsx(students, RosterFixture.ENGLISH_HEADER));

        Page page = browser.newPage("en-GB");
        Browser.signIn(page, "faculty", "demo-password");
        assertThat(page.locator("h1")).hasText("Overview");

        // the roster: the bad rows are explained, the fixed file imports
        page.navigate("/cohorts");
        Browser.waitForVaadin(page);
        page.locator("vaadin-text-field.cohort-name input").fill(cohortName);
        page.locator("vaadin-text-field.cohort-groups input").fill("A, B, C, D");
        page.locator("vaadin-button.create-cohort").click();
        page.waitForURL(Pattern.compile(".*/cohorts/\\d+"));
        Browser.waitForVaadin(page);
        page.locator("vaadin-upload.roster-upload input[type=file]").setInputFiles(bad);
        assertThat(page.locator(".roster-preview .count-error")).hasText("5 in error");
        page.locator("vaadin-upload.roster-upload input[type=file]").setInputFiles(fixed);
        assertThat(page.locator(".roster-preview .count-new")).hasText(STUDENTS + " new");
        page.locator("vaadin-button.import-roster").click();
        assertThat(page.locator("h2.roster-title")).hasText("Roster (" + STUDENTS + ")");

        // an exam session of 4 stations, open from now
        page.navigate("/sessions");
        Browser.waitForVaadin(page);
        page.locator("vaadin-button.schedule-session").click();
        Locator dialog = page.locator("vaadin-dialog-overlay");
        dialog.locator("vaadin-text-field.session-name input").fill(sessionName);
        dialog.locator("vaadin-combo-box.session-cohort input").fill(cohortName);
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText(cohortName)).click();
        for (String station : CIRCUIT) {
            dialog.locator("vaadin-checkbox.pick-station[data-station='" + station + "']").click();
        }
        Browser.screenshot(page, "70-session-schedule-en");
        dialog.locator("vaadin-button.save-session").click();
        assertThat(page.locator("vaadin-grid.sessions")).containsText(sessionName);
        ExamSession session = as("faculty", "FACULTY", () -> sessions.sessions()).stream()
                .filter(s -> s.name().equals(sessionName)).findFirst().orElseThrow();
        assertThat(session.stations()).extracting(c -> c.stationId()).containsExactlyInAnyOrderElementsOf(CIRCUIT);
        Locator actions = page.locator(".session-actions[data-session='" + session.id() + "']");

        // a simulated cohort sits it
        actions.locator("vaadin-button.simulate-cohort").click();
        assertThat(page.locator("vaadin-notification-card.simulation-done"))
                .containsText(STUDENTS * CIRCUIT.size() + " encounters", new LocatorAssertions.ContainsTextOptions().setTimeout(300_000));
        Browser.screenshot(page, "70-sessions-en");

        // an examiner overrides two items with reasons and signs off one still to review
        ReviewQueueEntry toReview = as("examiner", "EXAMINER", () -> review.queue()).stream()
                .filter(e -> Long.valueOf(session.id()).equals(e.examSessionId()) && e.status() == ReviewStatus.TO_REVIEW)
                .findFirst().orElseThrow();
        Page examiner = browser.newPage("en-GB");
        Browser.signIn(examiner, "examiner", "demo-password");
        examiner.navigate("/review/encounter/" + toReview.encounterId());
        Browser.waitForVaadin(examiner);
        // two items whose proposal is shown (a blind item's is hidden until marked; critical ones come below)
        Locator items = examiner.locator(".decision-item:not(.critical):not([data-ai-hidden='true'])");
        for (int i = 0; i < 2; i++) {
            Locator item = items.nth(i);
            String[] ai = item.locator(".ai-points").innerText().replaceAll("[^0-9/]", "").split("/");
            int proposed = Integer.parseInt(ai[0]);
            int max = Integer.parseInt(ai[1]);
            item.locator("vaadin-integer-field.points input").fill(String.valueOf(proposed == 0 ? max : 0));
            item.locator("vaadin-text-field.reason input").fill("Checked against the transcript, turn by turn");
            item.locator("vaadin-button.save-decision").click();
            assertThat(item.locator(".decision-status")).hasAttribute("data-state", "overridden");
        }
        // critical and blind items are decided one by one: each selected first, so its evidence is shown
        Locator oneByOne = examiner.locator(".decision-item.critical, .decision-item[data-blind='true']");
        for (int i = 0; i < oneByOne.count(); i++) {
            Locator item = oneByOne.nth(i);
            if (!"undecided".equals(item.locator(".decision-status").getAttribute("data-state"))) {
                continue;
            }
            item.locator(".item-label").click();
            Browser.waitForVaadin(examiner);
            if ("true".equals(item.getAttribute("data-ai-hidden"))) {
                item.locator("vaadin-integer-field.points input").fill("0");
            }
            item.locator("vaadin-button.save-decision").click();
            assertThat(item.locator(".decision-status")).hasAttribute("data-state", Pattern.compile("confirmed|overridden"));
        }
        examiner.locator("vaadin-radio-group.global-rating vaadin-radio-button").filter(
                new Locator.FilterOptions().setHasText("Pass")).first().click();
        examiner.locator("vaadin-button.sign-off").click();
        assertThat(examiner.locator(".signed-notice")).containsText("Signed reviews are read-only.");
        examiner.context().close();

        // faculty close the session and release the results
        page.reload();
        Browser.waitForVaadin(page);
        actions.locator("vaadin-button.close-now").click();
        page.locator("vaadin-confirm-dialog-overlay vaadin-button[slot='confirm-button']").click();
        assertThat(actions.locator("vaadin-button.release-results")).isEnabled();
        actions.locator("vaadin-button.release-results").click();
        page.locator("vaadin-confirm-dialog-overlay vaadin-button[slot='confirm-button']").click();
        assertThat(page.locator("vaadin-grid.sessions")).containsText("Results released");

        // the analytics, with charts and their tables
        SessionResults results = as("faculty", "FACULTY", () -> analytics.results(session.id()));
        SessionStatistics stats = as("faculty", "FACULTY", () -> analytics.statistics(results));
        page.navigate("/analytics/" + session.id());
        Browser.waitForVaadin(page);
        assertThat(page.locator("h1")).hasText("Analytics: " + sessionName);
        assertThat(page.locator("osce-chart[data-rendered='true']")).hasCount(1);
        assertThat(page.locator("[data-figure='candidates'] .figure-value")).hasText(STUDENTS + " / " + STUDENTS);
        Browser.screenshot(page, "70-analytics-en");
        page.locator("vaadin-tab[data-section='stations']").click();
        assertThat(page.locator("vaadin-grid.stations-table")).containsText("borderline regression");
        assertThat(page.locator("osce-chart[data-rendered='true']")).hasCount(1);
        page.locator("vaadin-tab[data-section='overview']").click();
        Browser.waitForVaadin(page);

        // the workbook and the Moodle CSV carry the same numbers
        Download workbook = page.waitForDownload(() -> page.locator("a.download-workbook").click());
        Path downloads = Files.createDirectories(Browser.SCREENSHOTS.resolveSibling("downloads"));
        workbook.saveAs(downloads.resolve(workbook.suggestedFilename()));
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(workbook.path()))) {
            assertThat(book.getSheetAt(0).getSheetName()).isEqualTo("Grades");
            Sheet grades = book.getSheetAt(0);
            assertThat(grades.getLastRowNum()).isEqualTo(STUDENTS);
            long passes = 0;
            for (Row row : grades) {
                if (row.getRowNum() > 0 && "Pass".equals(row.getCell(5 + CIRCUIT.size() + 3).getStringCellValue())) {
                    passes++;
                }
            }
            assertThat(passes).isEqualTo(stats.students().values().stream().filter(o -> o.passed()).count());
            assertThat(book.getSheet("Overrides").getLastRowNum()).isGreaterThanOrEqualTo(2);
        }
        Download moodle = page.waitForDownload(() -> page.locator("a.download-moodle").click());
        moodle.saveAs(downloads.resolve(moodle.suggestedFilename()));
        List<String> lines = Files.readAllLines(moodle.path(), StandardCharsets.UTF_8);
        assertThat(lines).hasSize(STUDENTS + 1);
        SessionResults.Student first = results.students().get(0);
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("," + first.studentNumber() + ",")
                .endsWith("," + stats.students().get(first.username()).total()));

        // the same pages in French, and the overview
        Page fr = browser.newPage("fr-FR");
        Browser.signIn(fr, "faculty", "demo-password");
        assertThat(fr.locator("h1")).hasText("Tableau de bord");
        Browser.screenshot(fr, "70-overview-fr");
        fr.navigate("/analytics/" + session.id());
        Browser.waitForVaadin(fr);
        assertThat(fr.locator("osce-chart[data-rendered='true']")).hasCount(1);
        Browser.screenshot(fr, "70-analytics-fr");
        fr.navigate("/analytics/student/" + first.username());
        Browser.waitForVaadin(fr);
        assertThat(fr.locator("osce-chart[data-rendered='true']")).hasCount(2);
        Browser.screenshot(fr, "70-profile-fr");
        fr.navigate("/sessions");
        Browser.waitForVaadin(fr);
        Browser.screenshot(fr, "70-sessions-fr");
        page.navigate("/overview");
        Browser.waitForVaadin(page);
        Browser.screenshot(page, "70-overview-en");
        fr.context().close();
        page.context().close();
    }
}
