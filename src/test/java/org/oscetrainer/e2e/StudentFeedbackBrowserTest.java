package org.oscetrainer.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.oscetrainer.IntegrationTest;

/** The result page as feedback: missed critical items first, what doing them well looks like, progress. */
@IntegrationTest
class StudentFeedbackBrowserTest extends BrowserTest {

    private static String playAndEnd(Page page, String question) {
        page.navigate("/stations");
        Browser.waitForVaadin(page);
        startStation(page, "low-mood-en");
        int seq = page.locator(".turn[data-seq]").count() + 2;
        ask(page, question, seq);
        page.locator("vaadin-button.end-encounter").click();
        page.waitForURL(Pattern.compile(".*/result/\\d+"));
        Browser.waitForVaadin(page);
        assertThat(page.locator(".score-value")).isVisible();
        return page.url().replaceAll(".*/result/", "");
    }

    @Test
    void missedCriticalItemsComeFirstWithAdviceAndTheAttemptsShowProgress() {
        Page page = browser.newPage("en-GB");
        Browser.signIn(page, "student2", "demo-password");
        playAndEnd(page, "How have you been feeling?");
        String second = playAndEnd(page, "How is your sleep and your appetite? Do you still enjoy things?");

        assertThat(page.locator(".score-item").first()).hasClass(Pattern.compile(".*critical.*"));
        assertThat(page.locator(".score-item").first()).hasClass(Pattern.compile(".*missed.*"));
        assertThat(page.locator(".score-item.missed .advice").first()).containsText("What doing it well looks like");
        assertThat(page.locator(".progress vaadin-grid.attempts")).containsText("this attempt");
        assertThat(page.locator(".progress")).containsText("attempts: from");
        Browser.screenshot(page, "43-result-feedback-en");
        page.context().close();

        Page french = browser.newPage("fr-FR");
        Browser.signIn(french, "student2", "demo-password");
        french.navigate("/result/" + second);
        Browser.waitForVaadin(french);
        assertThat(french.locator(".score-item .critical-badge").first()).hasText("essentiel");
        assertThat(french.locator(".progress h2")).hasText("Vos passages sur cette station");
        Browser.screenshot(french, "44-result-feedback-fr");
        french.context().close();
    }
}
