package org.oscetrainer.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.oscetrainer.IntegrationTest;

/** The admin reads the audit log in the browser, filters it and downloads it; others cannot open it. */
@IntegrationTest
class AuditLogBrowserTest extends BrowserTest {

    @Test
    void theAdminSeesSignInsFiltersThemAndDownloadsTheLog() throws Exception {
        Page failed = browser.newPage("en-GB");
        failed.navigate("/login");
        Browser.waitForVaadin(failed);
        failed.locator("#vaadinLoginUsername input").fill("examiner");
        failed.locator("#vaadinLoginPassword input").fill("not-the-password");
        failed.locator("#vaadinLoginPassword input").press("Enter");
        failed.waitForURL(url -> url.contains("error"));
        failed.context().close();

        Page page = browser.newPage("en-GB");
        Browser.signIn(page, "admin", "demo-password");
        page.navigate("/audit");
        Browser.waitForVaadin(page);
        assertThat(page.locator("vaadin-grid.audit-log")).containsText("Signed in");
        assertThat(page.locator("vaadin-grid.audit-log")).containsText("Failed sign-in");

        page.locator("vaadin-text-field.filter-actor input").fill("examiner");
        page.locator("vaadin-text-field.filter-actor input").press("Enter");
        Browser.waitForVaadin(page);
        page.locator("vaadin-combo-box.filter-action").click();
        page.locator("vaadin-combo-box-item").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("Failed sign-in")).click();
        Browser.waitForVaadin(page);
        assertThat(page.locator("vaadin-combo-box.filter-action input")).hasValue("Failed sign-in");
        assertThat(page.locator("vaadin-grid.audit-log")).containsText("BadCredentials");
        Browser.screenshot(page, "41-audit-log-en");

        Download download = page.waitForDownload(() -> page.locator("a.download-csv").click());
        String csv = Files.readString(download.path());
        var lines = csv.strip().split("\r\n");
        assertThat(lines[0]).isEqualTo("id,at_utc,actor,action,subject_type,subject_id,before,after");
        assertThat(lines.length).as("the examiner's failed sign-in, and only rows that match the filters").isGreaterThan(1);
        for (int i = 1; i < lines.length; i++) {
            assertThat(lines[i]).contains(",examiner,SIGN_IN_FAILED,");
        }
        assertThat(page.locator(".audit-count")).hasText(lines.length - 1 == 1 ? "1 entry" : (lines.length - 1) + " entries");
        page.context().close();

        Page french = browser.newPage("fr-FR");
        Browser.signIn(french, "admin", "demo-password");
        french.navigate("/audit");
        Browser.waitForVaadin(french);
        assertThat(french.locator("h1")).hasText("Journal d’audit");
        assertThat(french.locator("vaadin-grid.audit-log")).containsText("Connexion");
        Browser.screenshot(french, "42-audit-log-fr");
        french.context().close();
    }

    @Test
    void facultyCannotOpenTheAuditLog() {
        Page page = browser.newPage("en-GB");
        Browser.signIn(page, "faculty", "demo-password");
        page.navigate("/audit");
        Browser.waitForVaadin(page);
        assertThat(page.locator("vaadin-grid.audit-log")).hasCount(0);
        page.context().close();
    }
}
