package org.oscetrainer.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.oscetrainer.IntegrationTest;

/**
 * Voice as a progressive enhancement, in a real browser. The browser's speech engines are the one
 * thing replaced (a headless browser has no microphone and no audio): a recogniser that "hears" a
 * question, and a synthesiser that records what it is asked to say.
 */
@IntegrationTest
class VoiceBrowserTest extends BrowserTest {

    private static final String FAKE_SPEECH = """
            window.__heardLang = null;
            window.__spoken = [];
            window.SpeechRecognition = class {
              start() {
                window.__heardLang = this.lang;
                setTimeout(() => {
                  this.onresult({ results: [[{ transcript: 'Où est-ce que vous avez mal' }]] });
                  this.onend();
                }, 50);
              }
              stop() {}
            };
            speechSynthesis.speak = (u) => window.__spoken.push({ text: u.text, lang: u.lang, pitch: u.pitch, rate: u.rate });
            """;

    @Test
    void theStudentSpeaksAQuestionChecksItSendsItAndHearsTheReplyInTheStationLanguage() {
        Page page = browser.newPage("fr-FR");
        page.addInitScript(FAKE_SPEECH);
        Browser.signIn(page, "student2", "demo-password");
        startStation(page, "douleur-lombaire-fr");

        assertThat(page.locator("vaadin-button.push-to-talk")).isVisible();
        assertThat(page.locator("vaadin-button.push-to-talk")).containsText("Maintenir pour parler");
        page.locator("vaadin-checkbox.read-aloud").click();
        page.locator("vaadin-button.push-to-talk").dispatchEvent("pointerdown");

        assertThat(page.locator("vaadin-text-field.question input")).hasValue("Où est-ce que vous avez mal");
        assertThat(page.evaluate("() => window.__heardLang")).isEqualTo("fr-FR");
        assertThat(page.locator(".turn.student[data-seq='2']")).hasCount(0); // heard, not sent by itself
        Browser.screenshot(page, "34-encounter-voice-fr");

        page.locator("vaadin-button.send").click();
        assertThat(page.locator(".turn.student[data-seq='2'] .text")).hasText("Où est-ce que vous avez mal");
        assertThat(page.locator(".turn.patient[data-seq='3'] .text")).not().isEmpty();
        String reply = page.locator(".turn.patient[data-seq='3'] .text").textContent();
        page.waitForFunction("() => window.__spoken.length > 0");

        @SuppressWarnings("unchecked")
        var spoken = (List<Map<String, Object>>) page.evaluate("() => window.__spoken");
        assertThat(spoken).hasSize(1);
        assertThat(spoken.get(0).get("text")).isEqualTo(reply);
        assertThat(spoken.get(0).get("lang")).isEqualTo("fr-FR");
        assertThat(((Number) spoken.get(0).get("pitch")).doubleValue())
                .as("a man of 38 with no named voice: a lower pitch").isLessThan(1.0);
        page.context().close();
    }

    @Test
    void withoutSpeechInTheBrowserTheVoiceControlsStayHiddenAndTextWorks() {
        Page page = browser.newPage("en-GB");
        page.addInitScript("delete window.SpeechRecognition; delete window.webkitSpeechRecognition;"
                + " window.SpeechRecognition = undefined; window.webkitSpeechRecognition = undefined;");
        Browser.signIn(page, "student2", "demo-password");
        startStation(page, "low-mood-en");

        assertThat(page.locator("vaadin-button.push-to-talk")).isHidden();
        ask(page, "How have you been feeling lately?", 3);
        page.context().close();
    }
}
