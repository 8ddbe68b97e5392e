package org.oscetrainer.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.oscetrainer.TestClock;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The institution's opt-in to the browser's own recogniser ({@code osce.voice.browser-recognition=true},
 * no speech server): the student is told that their voice goes to the browser maker's servers, and a
 * heard question is put in the field to be checked, never sent by itself.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "osce.voice.browser-recognition=true")
@ActiveProfiles("test")
@Import(TestClock.Configuration.class)
class BrowserRecognitionBrowserTest extends BrowserTest {

    @Test
    void theStudentIsToldWhereTheirVoiceGoesAndChecksWhatWasHeard() {
        Page page = browser.newPage("fr-FR");
        page.addInitScript(VoiceBrowserTest.FAKE_SPEECH);
        Browser.signIn(page, "student2", "demo-password");
        startStation(page, "douleur-lombaire-fr");

        assertThat(page.locator("vaadin-button.push-to-talk")).isVisible();
        assertThat(page.locator(".voice-browser-notice")).containsText("serveurs de l’éditeur du navigateur");
        int turns = page.locator(".turn").count();
        page.locator("vaadin-button.push-to-talk").dispatchEvent("pointerdown");

        assertThat(page.locator("vaadin-text-field.question input")).hasValue("Où est-ce que vous avez mal");
        assertThat(page.evaluate("() => window.__heardLang")).isEqualTo("fr-FR");
        assertThat(page.locator(".turn")).hasCount(turns); // heard, not sent by itself
        Browser.screenshot(page, "34-encounter-voice-browser-fr");
        page.context().close();
    }
}
