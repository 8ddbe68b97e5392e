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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

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

    @Autowired JdbcTemplate jdbc;

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
        ask(page, "Do you smoke, or take any recreational drugs?", 5);
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
        Locator open = page.locator("vaadin-grid.review-queue a[data-encounter='" + encounterId + "'] >> visible=true");
        assertThat(open).hasCount(1);
        assertThat(page.locator("vaadin-grid.review-queue")).not().containsText("Céphalée");
        Browser.screenshot(page, "5x-01-review-queue-en");

        // the blind item, as if chosen at random (the choice is kept in the database): smoking, asked at turn #4
        jdbc.update("insert into review_blind_selection (encounter_id, item_ids, blind_share, chosen_at) values (?, ?, 0.1, now())",
                Long.parseLong(encounterId), "smoking-drugs");
        open.click();
        page.waitForURL(Pattern.compile(".*/review/encounter/" + encounterId + "\\?.*station=.*"));
        Browser.waitForVaadin(page);
        assertThat(page.locator(".keyboard-hint")).containsText("next / previous item");
        Locator smoking = item(page, "smoking-drugs");
        assertThat(smoking.locator(".blind-badge")).hasText("Blind");
        assertThat(smoking.locator(".ai-points")).hasCount(0);
        assertThat(smoking.locator(".ai-hidden")).hasText("AI: hidden until you mark it (out of 1)");
        assertThat(smoking).not().containsText("Do you smoke");
        assertThat(page.locator(".turn[data-seq='4'] .earned")).hasCount(0);
        assertThat(page.locator(".score-total")).hasCount(0);
        Browser.screenshot(page, "5x-02a-review-side-by-side-en");

        Locator onset = item(page, "onset");
        assertThat(onset.locator(".ai-points")).hasText("AI: 1 / 1");
        page.locator(".turn[data-seq='2']").click();
        assertThat(onset).hasClass(Pattern.compile(".*earned-by-turn.*"));
        onset.locator(".item-label").click();
        assertThat(page.locator(".turn.evidence-focus")).hasAttribute("data-seq", "2");
        assertThat(onset).hasClass(Pattern.compile(".*selected.*"));
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

        smoking.locator("vaadin-integer-field.points input").fill("1");
        smoking.locator("vaadin-button.save-decision").click();
        assertThat(smoking.locator(".ai-points")).hasText("AI: 1 / 1");
        assertThat(smoking.locator(".blind-mark")).hasText("Your blind mark: 1 / 1");
        assertThat(smoking.locator(".decision-status")).hasAttribute("data-state", "confirmed");
        assertThat(smoking).containsText("Do you smoke");

        Locator family = item(page, "family-history");
        assertThat(family.locator(".ai-points")).hasText("AI: 0 / 1");
        family.locator("vaadin-integer-field.points input").fill("1");
        family.locator("vaadin-text-field.reason input").fill("Covered by the question on heart problems in turn #3");
        family.locator("vaadin-button.save-decision").click();
        assertThat(family.locator(".decision-status")).hasAttribute("data-state", "overridden");

        page.locator("vaadin-button.sign-off").click();
        Browser.waitForVaadin(page);
        assertThat(page.locator("vaadin-radio-group.global-rating")).containsText("Choose a global rating to sign off.");
        Locator borderline = page.locator("vaadin-radio-group.global-rating vaadin-radio-button").filter(
                new Locator.FilterOptions().setHasText("Borderline"));
        assertThat(borderline).hasText("3 · Borderline"); // the rubric's scale: 1 clear fail … 5 good pass, borderline 3
        assertThat(page.locator("vaadin-radio-group.global-rating vaadin-radio-button")).hasCount(5);
        borderline.click();
        assertThat(page.locator(".decision-totals")).containsText("item(s) not decided yet");
        Browser.screenshot(page, "5x-03-decisions-en");

        // the critical items are never confirmed unseen: sign-off refuses and shows the first one's evidence
        page.locator("vaadin-button.sign-off").click();
        assertThat(page.locator("vaadin-notification-card").filter(new Locator.FilterOptions().setHasText("one by one")))
                .containsText("2 critical or blind item(s) must be decided one by one before signing off.");
        Locator character = item(page, "character");
        assertThat(character).hasClass(Pattern.compile(".*selected.*"));
        character.locator("vaadin-button.save-decision").click();
        assertThat(character.locator(".decision-status")).hasAttribute("data-state", "confirmed");
        Locator causes = item(page, "alternative-causes");
        causes.locator("vaadin-button.save-decision").click(); // clicking selects it too: its evidence is shown now
        assertThat(causes.locator(".decision-status")).hasAttribute("data-state", "evidence-first");
        assertThat(causes.locator(".decision-status")).hasText("Critical item: check its evidence, now highlighted in the transcript, then confirm.");
        causes.locator("vaadin-button.save-decision").click();
        assertThat(causes.locator(".decision-status")).hasAttribute("data-state", "confirmed");

        page.locator("vaadin-button.sign-off").click();
        assertThat(page.locator(".signed-notice")).containsText("Signed reviews are read-only.");
        assertThat(page.locator(".signed-notice")).containsText("global rating 3 · Borderline");
        assertThat(page.locator("vaadin-button.save-decision")).hasCount(0);
        assertThat(page.locator(".decision-item[data-item='onset'] .reason-text"))
                .hasText("Reason: Asked when, not what he was doing when it started");
        Browser.screenshot(page, "5x-04-signed-en");

        page.navigate("/review");
        Browser.waitForVaadin(page);
        page.locator("vaadin-checkbox.filter-disagreement").click();
        Browser.waitForVaadin(page);
        assertThat(page.locator("vaadin-grid.review-queue a[data-encounter='" + encounterId + "'] >> visible=true")).hasCount(1);
        // its own row only: other tests may leave disagreements to review in the shared database
        assertThat(page.locator("vaadin-grid.review-queue span[data-encounter='" + encounterId + "'] >> visible=true"))
                .hasAttribute("data-status", Pattern.compile("SIGNED_OFF|SECOND_MARKING"));
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
        assertThat(page.locator(".agreement-blind h2")).hasText("Blind items: the AI unanchored");
        assertThat(page.locator(".agreement-blind .blind-figures")).containsText("Blind items, all stations: n = ");
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
        jdbc.update("insert into review_blind_selection (encounter_id, item_ids, blind_share, chosen_at) values (?, ?, 0.1, now())",
                Long.parseLong(frenchEncounterId), "idees-inquietudes-attentes");
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
        assertThat(examiner.locator("vaadin-radio-group.global-rating vaadin-radio-button").nth(2)).hasText("3 · Limite");
        assertThat(examiner.locator(".decision-item[data-item='idees-inquietudes-attentes'] .ai-hidden")).hasText("IA : masquée jusqu’à votre note (sur 2)");
        assertThat(examiner.locator(".keyboard-hint")).containsText("item suivant / précédent");
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

    /**
     * Issue #16: an encounter reviewed with the keyboard alone once its page is open (no mouse): J selects
     * the next item (its evidence is shown), a digit marks a blind item, Enter confirms or saves, G chooses
     * the global rating, S signs off, N opens the next encounter of the queue with the same filters.
     * Prints the key presses and the time taken, and the page's heights.
     */
    @Test
    @Order(6)
    void anExaminerReviewsAnEncounterWithTheKeyboardAlone() {
        String keyboardId = playChestPain("student2");
        String nextId = playChestPain("student");

        Page page = browser.newPage("en-GB");
        Browser.signIn(page, "examiner", PASSWORD);
        String filters = "station=" + java.net.URLEncoder.encode(CHEST_PAIN, java.nio.charset.StandardCharsets.UTF_8)
                .replace("+", "%20") + "&status=TO_REVIEW";
        for (int tries = 0; tries < 20; tries++) { // scoring runs in the background: wait until it is done
            page.navigate("/review/encounter/" + keyboardId + "?" + filters);
            Browser.waitForVaadin(page);
            if (page.locator(".decision-item").count() > 0) {
                break;
            }
            page.waitForTimeout(500);
        }
        @SuppressWarnings("unchecked")
        java.util.Map<String, Object> heights = (java.util.Map<String, Object>) page.evaluate("() => ({page: Math.max("
                + "document.documentElement.scrollHeight, ...Array.from(document.querySelectorAll('vaadin-app-layout > *'))"
                + ".map(e => e.scrollHeight)), transcript: document.querySelector('.review-transcript-pane').scrollHeight,"
                + " items: document.querySelector('.review-items-pane').scrollHeight, header: document.querySelector('.review-header').scrollHeight})");
        System.out.println("Review page heights at 1280×860: " + heights);
        @SuppressWarnings("unchecked")
        java.util.List<String> items = (java.util.List<String>) page.locator(".decision-item")
                .evaluateAll("rows => rows.map(r => r.dataset.item + ' ' + r.dataset.aiHidden)");
        assertThat(page.locator(".decision-item[data-ai-hidden='true']")).not().hasCount(0);

        int presses = 0;
        long start = System.nanoTime();
        for (String entry : items) {
            String itemId = entry.split(" ")[0];
            boolean blind = entry.endsWith("true");
            page.keyboard().press("j");
            presses++;
            Browser.waitForVaadin(page);
            assertThat(page.locator(".decision-item.selected")).hasAttribute("data-item", itemId);
            if (blind) {
                assertThat(item(page, itemId).locator(".ai-points")).hasCount(0);
                page.keyboard().press("1");
                presses++;
            }
            page.keyboard().press("Enter");
            presses++;
            Browser.waitForVaadin(page);
            assertThat(item(page, itemId).locator(".decision-status")).not().hasAttribute("data-state", "undecided");
            if (blind) {
                assertThat(item(page, itemId).locator(".ai-points")).hasText(Pattern.compile("AI: \\d / \\d"));
            }
            if (itemId.equals("character")) {
                Browser.screenshot(page, "5x-16-keyboard-review-en");
            }
        }
        for (int g = 0; g < 3; g++) {
            page.keyboard().press("g");
            presses++;
        }
        page.keyboard().press("s");
        presses++;
        assertThat(page.locator(".signed-notice")).containsText("global rating 3 · Borderline");
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("Keyboard review of %d items (%d blind): %d key presses, %.1f s%n", items.size(),
                items.stream().filter(e -> e.endsWith("true")).count(), presses, seconds);
        assertThat(page.locator(".next-encounter")).containsText("Next in your queue");
        Browser.screenshot(page, "5x-17-keyboard-signed-en");

        page.keyboard().press("n");
        page.waitForURL(Pattern.compile(".*/review/encounter/(?!" + keyboardId + "\\?)\\d+\\?.*status=TO_REVIEW.*"));
        Browser.waitForVaadin(page);
        assertThat(page.locator("h1")).hasText(CHEST_PAIN);
        assertThat(page.locator(".signed-notice")).hasCount(0);
        System.out.println("N opened encounter " + page.url().replaceAll(".*/encounter/", "") + " (played " + nextId + ")");
        page.context().close();
    }

    /** A student plays the chest pain station with one question and ends it; returns the encounter id. */
    private String playChestPain(String student) {
        Page page = browser.newPage("en-GB");
        Browser.signIn(page, student, PASSWORD);
        startStation(page, "chest-pain-en");
        ask(page, "Hello, I'm one of the doctors. Where is the pain and when did it start?", 3);
        page.locator("vaadin-button.end-encounter").click();
        page.waitForURL(Pattern.compile(".*/result/\\d+"));
        String id = page.url().replaceAll(".*/result/", "");
        page.context().close();
        return id;
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
