package org.oscetrainer.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.oscetrainer.IntegrationTest;

/** A student reports a patient's reply; faculty find it, with the reply attached, and follow it up. */
@IntegrationTest
class IncidentBrowserTest extends BrowserTest {

    @Test
    void aReportedReplyReachesFacultyWhoResolveIt() {
        Page page = browser.newPage("en-GB");
        Browser.signIn(page, "student2", "demo-password");
        startStation(page, "medication-history-en");
        ask(page, "What tablets do you take?", 3);

        page.locator(".turn.patient[data-seq='3'] vaadin-button.report-turn").click();
        assertThat(page.locator("vaadin-dialog-overlay")).containsText("Report a problem with reply #3");
        page.locator("vaadin-dialog-overlay vaadin-radio-button").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("Something else")).click();
        page.locator("vaadin-dialog-overlay vaadin-button.send-incident").click();
        assertThat(page.locator("vaadin-dialog-overlay vaadin-text-area.incident-description"))
                .containsText("Describe the problem");
        page.locator("vaadin-dialog-overlay vaadin-text-area.incident-description textarea")
                .fill("The patient listed a tablet twice.");
        Browser.screenshot(page, "35-report-incident-en");
        page.locator("vaadin-dialog-overlay vaadin-button.send-incident").click();
        assertThat(page.locator("vaadin-notification-card")).containsText("Thank you");
        page.context().close();

        for (String locale : new String[] {"en-GB", "fr-FR"}) {
            Page faculty = browser.newPage(locale);
            Browser.signIn(faculty, "faculty", "demo-password");
            faculty.navigate("/incidents");
            Browser.waitForVaadin(faculty);
            assertThat(faculty.locator("vaadin-grid.incidents")).containsText("The patient listed a tablet twice.");
            assertThat(faculty.locator("vaadin-grid.incidents")).containsText("medication-history-en #3");
            Browser.screenshot(faculty, locale.startsWith("fr") ? "37-incidents-fr" : "36-incidents-en");
            faculty.context().close();
        }
    }
}
