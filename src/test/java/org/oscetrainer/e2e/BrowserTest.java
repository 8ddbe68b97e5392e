package org.oscetrainer.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A browser test class: one Chromium for the class, against the app on its random port. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserTest {

    @LocalServerPort
    int port;

    Browser browser;

    @BeforeAll
    void launch() {
        browser = new Browser(port);
    }

    @AfterAll
    void close() {
        if (browser != null) {
            browser.close();
        }
    }

    /**
     * Starts (or resumes) a station from the student's station list and waits for the encounter page;
     * when the list on screen does not show it (another language), from the list of all languages.
     */
    static void startStation(Page page, String stationId) {
        if (page.locator("vaadin-button[data-station='" + stationId + "']").count() == 0) {
            // the list shows the interface's language by default
            page.navigate("/stations?lang=all");
            Browser.waitForVaadin(page);
        }
        page.locator("vaadin-button[data-station='" + stationId + "']").click();
        page.waitForURL(Pattern.compile(".*/encounter/\\d+"));
        Browser.waitForVaadin(page);
    }

    /** Sends a question and waits until the patient's reply is committed (it then carries its turn number). */
    static void ask(Page page, String question, int replySeq) {
        page.locator("vaadin-text-field.question input").fill(question);
        page.locator("vaadin-text-field.question input").press("Enter");
        assertThat(page.locator(".turn.student[data-seq='" + (replySeq - 1) + "'] .text")).hasText(question);
        assertThat(page.locator(".turn.patient[data-seq='" + replySeq + "'] .text")).not().isEmpty();
        Browser.waitForVaadin(page);
    }
}
