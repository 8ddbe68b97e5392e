package org.oscetrainer.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.oscetrainer.IntegrationTest;

/** After the encounter the student writes the post-encounter note from the result page. */
@IntegrationTest
class PostEncounterNoteBrowserTest extends BrowserTest {

    @Test
    void theStudentWritesTheNoteAfterEndingTheStation() {
        for (String locale : new String[] {"fr-FR"}) {
            Page page = browser.newPage(locale);
            Browser.signIn(page, "student2", "demo-password");
            startStation(page, "toux-nourrisson-fr");
            ask(page, "Depuis quand tousse-t-il ?", 3);
            page.locator("vaadin-button.end-encounter").click();
            page.waitForURL(Pattern.compile(".*/result/\\d+"));
            Browser.waitForVaadin(page);

            page.locator("a.note-link.to-write").click();
            page.waitForURL(Pattern.compile(".*/note/\\d+"));
            Browser.waitForVaadin(page);
            page.locator("vaadin-button.submit-note").click();
            assertThat(page.locator("vaadin-text-area.note-answer").first()).containsText("Répondez à au moins une question");
            page.locator("vaadin-text-area.note-answer textarea").first()
                    .fill("Nourrisson de 4 mois, toux et gêne respiratoire depuis 3 jours, en période épidémique.");
            page.locator("vaadin-text-area.note-answer textarea").nth(1).fill("Bronchiolite aiguë ; à éliminer : pneumopathie, coqueluche.");
            Browser.screenshot(page, "38-post-encounter-note-fr");
            page.locator("vaadin-button.submit-note").click();
            page.waitForURL(Pattern.compile(".*/result/\\d+"));
            Browser.waitForVaadin(page);
            assertThat(page.locator("a.note-link.written")).isVisible();
            page.reload();
            Browser.waitForVaadin(page);
            assertThat(page.locator(".score-item[data-item='note:differential'] .evidence")).containsText("Dans votre note");
            Browser.screenshot(page, "39-result-with-note-fr");
            page.locator("a.note-link.written").click();
            page.waitForURL(Pattern.compile(".*/note/\\d+"));
            assertThat(page.locator(".note-submitted-answer").nth(1)).containsText("Bronchiolite aiguë");
            page.context().close();
        }
    }
}
