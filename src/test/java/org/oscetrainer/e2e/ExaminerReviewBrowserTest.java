package org.oscetrainer.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.oscetrainer.IntegrationTest;

/**
 * Issue #5 in a real browser: a student ends a station; an examiner filters the queue, opens it,
 * overrides two items with reasons (meeting the required-reason error once), rates and signs off;
 * the student reads the reviewed final score; faculty read the agreement figures. Then in French.
 * Screenshots go to target/screenshots/5x-*.png.
 */
@IntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExaminerReviewBrowserTest extends BrowserTest {

    private static final String PASSWORD = "demo-password";
    private static final String CHEST_PAIN = "Chest pain in a 58-year-old man";

    private String encounterId;
    private String frenchEncounterId;

    @Test
    @Order(1)
    void aStudentEndsAStationAndSeesTheProposedScore() {
        Page page = browser.newPage("en-GB");
        Browser.signIn(page, "student", PASSWORD);
        page.locator("vaadin-button[data-station='chest-pain-en']").click();
        page.waitForURL(Pattern.compile(".*/encounter/\\d+"));
        Browser.waitForVaadin(page);
        assertThat(page.locator(".countdown")).hasText(Pattern.compile("0[78]:\\d\\d"));
        assertThat(page.locator(".turn.patient").first()).not().isEmpty();
        ask(page, "Hello, my name is Dr Martin, I'm one of the doctors. When did the pain start?", 3);
        ask(page, "Do you smoke?", 5);
        page.locator("vaadin-button.end-encounter").click();
        page.waitForURL(Pattern.compile(".*/result/\\d+"));
        encounterId = page.url().replaceAll(".*/result/", "");
        assertThat(page.locator(".proposed-note")).hasText("Proposed by the AI, not yet reviewed by an examiner.");
        page.context().close();
    }

    @Test
    @Order(2)
    void theExaminerFiltersOverridesTwoItemsWithReasonsAndSignsOff() {
        Page page = browser.newPage("en-GB");
        Browser.signIn(page, "examiner", PASSWORD);
        page.navigate("/review");
        Browser.waitForVaadin(page);
        choose(page, "vaadin-combo-box.filter-station", CHEST_PAIN);
        choose(page, "vaadin-combo-box.filter-status", "To review");
        assertThat(page.locator(".review-counts")).containsText("to review");
        // the grid keeps a row's previous component, hidden, until the client drops it: count what is shown
        Locator open = page.locator("vaadin-grid.review-queue a[href='review/encounter/" + encounterId + "'] >> visible=true");
        assertThat(open).hasCount(1);
        assertThat(page.locator("vaadin-grid.review-queue")).not().containsText("Céphalée");
        Browser.screenshot(page, "5x-01-review-queue-en");

        open.click();
        page.waitForURL(Pattern.compile(".*/review/encounter/" + encounterId));
        Browser.waitForVaadin(page);
        Locator onset = item(page, "onset");
        assertThat(onset.locator(".ai-points")).hasText("AI: 1 / 1");
        onset.locator("vaadin-integer-field.points input").fill("0");
        onset.locator("vaadin-button.save-decision").click();
        Browser.waitForVaadin(page);
        assertThat(onset.locator("vaadin-text-field.reason")).hasAttribute("invalid", "");
        assertThat(onset.locator("vaadin-text-field.reason")).containsText("Give a reason for changing the AI’s points.");
        assertThat(onset.locator(".decision-status")).hasAttribute("data-state", "undecided");
        onset.scrollIntoViewIfNeeded();
        page.screenshot(new Page.ScreenshotOptions().setPath(Browser.SCREENSHOTS.resolve("5x-02-reason-required-en.png")));

        onset.locator("vaadin-text-field.reason input").fill("Asked when, not what he was doing when it started");
        onset.locator("vaadin-button.save-decision").click();
        assertThat(onset.locator(".decision-status")).hasAttribute("data-state", "overridden");
        assertThat(onset.locator("vaadin-text-field.reason")).not().hasAttribute("invalid", "");

        Locator family = item(page, "family-history");
        assertThat(family.locator(".ai-points")).hasText("AI: 0 / 1");
        family.locator("vaadin-integer-field.points input").fill("1");
        family.locator("vaadin-text-field.reason input").fill("Covered by the question on heart problems in turn #3");
        family.locator("vaadin-button.save-decision").click();
        assertThat(family.locator(".decision-status")).hasAttribute("data-state", "overridden");

        page.locator("vaadin-button.sign-off").click();
        Browser.waitForVaadin(page);
        assertThat(page.locator("vaadin-radio-group.global-rating")).containsText("Choose a global rating to sign off.");
        page.locator("vaadin-radio-group.global-rating vaadin-radio-button").filter(
                new Locator.FilterOptions().setHasText("Borderline")).click();
        assertThat(page.locator(".decision-totals")).containsText("item(s) not decided yet");
        Browser.screenshot(page, "5x-03-decisions-en");

        page.locator("vaadin-button.sign-off").click();
        assertThat(page.locator(".signed-notice")).containsText("Signed reviews are read-only.");
        assertThat(page.locator(".signed-notice")).containsText("global rating 2 · Borderline");
        assertThat(page.locator("vaadin-button.save-decision")).hasCount(0);
        assertThat(page.locator(".decision-item[data-item='onset'] .reason-text"))
                .hasText("Reason: Asked when, not what he was doing when it started");
        Browser.screenshot(page, "5x-04-signed-en");

        page.navigate("/review");
        Browser.waitForVaadin(page);
        page.locator("vaadin-checkbox.filter-disagreement").click();
        Browser.waitForVaadin(page);
        assertThat(page.locator("vaadin-grid.review-queue a[href='review/encounter/" + encounterId + "'] >> visible=true")).hasCount(1);
        assertThat(page.locator("vaadin-grid.review-queue [data-status='TO_REVIEW'] >> visible=true")).hasCount(0);
        Browser.screenshot(page, "5x-05-review-queue-disagreement-en");
        page.context().close();
    }

    @Test
    @Order(3)
    void theStudentReadsTheReviewedFinalScore() {
        Page page = browser.newPage("en-GB");
        Browser.signIn(page, "student", PASSWORD);
        page.navigate("/result/" + encounterId);
        Browser.waitForVaadin(page);
        assertThat(page.locator(".reviewed-note")).containsText("reviewed by an examiner");
        assertThat(page.locator(".score-item.overridden")).hasCount(2);
        assertThat(page.locator(".score-item[data-item='family-history'] .examiner-change"))
                .hasText("The examiner changed the AI’s 0 to 1 / 1: Covered by the question on heart problems in turn #3");
        assertThat(page.locator(".score-item[data-item='onset']")).hasClass(Pattern.compile(".*missed.*"));
        Browser.screenshot(page, "5x-06-result-reviewed-en");
        page.context().close();
    }

    @Test
    @Order(4)
    void facultyReadTheAgreementFigures() {
        Page page = browser.newPage("en-GB");
        Browser.signIn(page, "faculty", PASSWORD);
        page.navigate("/agreement");
        Browser.waitForVaadin(page);
        assertThat(page.locator("h1")).hasText("AI–examiner agreement");
        assertThat(page.locator(".kappa-help")).containsText("Landis and Koch");
        assertThat(page.locator("vaadin-grid.agreement-stations")).containsText(CHEST_PAIN);
        assertThat(page.locator("vaadin-grid.agreement-items[data-station='chest-pain-en']"))
                .containsText("Asks about family history of heart disease");
        Browser.screenshot(page, "5x-07-agreement-en");
        page.context().close();
    }

    @Test
    @Order(5)
    void theSameInFrench() {
        Page student = browser.newPage("fr-FR");
        Browser.signIn(student, "student2", PASSWORD);
        student.locator("vaadin-button[data-station='cephalee-fr']").click();
        student.waitForURL(Pattern.compile(".*/encounter/\\d+"));
        Browser.waitForVaadin(student);
        assertThat(student.locator(".turn.patient").first()).not().isEmpty();
        ask(student, "Bonjour, je suis l’interne. Quand est-ce que le mal de tête a commencé ?", 3);
        student.locator("vaadin-button.end-encounter").click();
        student.waitForURL(Pattern.compile(".*/result/\\d+"));
        frenchEncounterId = student.url().replaceAll(".*/result/", "");
        assertThat(student.locator(".proposed-note")).hasText("Proposée par l’IA, pas encore revue par un examinateur.");
        student.context().close();

        Page examiner = browser.newPage("fr-FR");
        Browser.signIn(examiner, "examiner", PASSWORD);
        examiner.navigate("/review");
        Browser.waitForVaadin(examiner);
        choose(examiner, "vaadin-combo-box.filter-status", "À corriger");
        Browser.screenshot(examiner, "5x-11-review-queue-fr");
        examiner.navigate("/review/encounter/" + frenchEncounterId);
        Browser.waitForVaadin(examiner);
        Locator first = examiner.locator(".decision-item").first();
        first.locator("vaadin-integer-field.points input").fill("0");
        first.locator("vaadin-integer-field.points input").press("Tab");
        if (first.locator(".ai-points").textContent().startsWith("IA : 0")) {
            first.locator("vaadin-integer-field.points input").fill("1");
        }
        first.locator("vaadin-button.save-decision").click();
        assertThat(first.locator("vaadin-text-field.reason")).containsText("Indiquez le motif de la correction des points de l’IA.");
        examiner.locator("vaadin-button.sign-off").click();
        assertThat(examiner.locator("vaadin-radio-group.global-rating")).containsText("Choisissez une appréciation globale");
        Browser.screenshot(examiner, "5x-12-decisions-fr");
        examiner.navigate("/review/encounter/" + encounterId);
        Browser.waitForVaadin(examiner);
        assertThat(examiner.locator(".signed-notice")).containsText("ne peut plus être modifiée");
        Browser.screenshot(examiner, "5x-13-signed-fr");
        examiner.context().close();

        Page reviewed = browser.newPage("fr-FR");
        Browser.signIn(reviewed, "student", PASSWORD);
        reviewed.navigate("/result/" + encounterId);
        Browser.waitForVaadin(reviewed);
        assertThat(reviewed.locator(".reviewed-note")).containsText("revue par un examinateur");
        Browser.screenshot(reviewed, "5x-14-result-reviewed-fr");
        reviewed.context().close();

        Page faculty = browser.newPage("fr-FR");
        Browser.signIn(faculty, "faculty", PASSWORD);
        faculty.navigate("/agreement");
        Browser.waitForVaadin(faculty);
        assertThat(faculty.locator("h1")).hasText("Accord IA–examinateur");
        assertThat(faculty.locator(".kappa-help")).containsText("Landis et Koch");
        Browser.screenshot(faculty, "5x-15-agreement-fr");
        faculty.context().close();
    }

    private static Locator item(Page page, String itemId) {
        return page.locator(".decision-item[data-item='" + itemId + "']");
    }

    /** Picks a value in a combo box by typing it and choosing the matching option. */
    private static void choose(Page page, String comboBox, String value) {
        page.locator(comboBox + " input").fill(value);
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText(value)).first().click();
        Browser.waitForVaadin(page);
    }
}
