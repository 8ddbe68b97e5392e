package org.oscetrainer.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.oscetrainer.IntegrationTest;

/**
 * Voice with no speech server configured (the default), in a real browser: the browser's own
 * recogniser, which in Chrome sends the audio to the vendor's servers, is never offered, even where the
 * browser has one; replies are read aloud by the browser's local voices only. The browser's speech
 * engines are replaced (a headless browser has no audio): a recogniser that would "hear" a question,
 * and a synthesiser that records what it is asked to say.
 */
@IntegrationTest
class VoiceBrowserTest extends BrowserTest {

    static final String FAKE_SPEECH = """
            window.__heardLang = null;
            window.__recognitions = 0;
            window.__spoken = [];
            window.SpeechRecognition = class {
              constructor() { window.__recognitions++; }
              start() {
                window.__heardLang = this.lang;
                setTimeout(() => {
                  this.onresult({ results: [[{ transcript: 'Où est-ce que vous avez mal' }]] });
                  this.onend();
                }, 50);
              }
              stop() {}
            };
            window.SpeechSynthesisUtterance = class { constructor(text) { this.text = text; } };
            speechSynthesis.getVoices = () => [
              { name: 'Google français', lang: 'fr-FR', localService: false },
              { name: 'Thomas', lang: 'fr-FR', localService: true }];
            speechSynthesis.speak = (u) => window.__spoken.push({ text: u.text, lang: u.lang, pitch: u.pitch, rate: u.rate,
              voice: u.voice ? u.voice.name : null });
            """;

    @Test
    void theBrowsersCloudRecognitionIsNotOfferedAndRepliesAreReadByALocalVoice() {
        Page page = browser.newPage("fr-FR");
        page.addInitScript(FAKE_SPEECH);
        Browser.signIn(page, "student2", "demo-password");
        startStation(page, "douleur-lombaire-fr");

        assertThat(page.locator("vaadin-button.push-to-talk")).isHidden();
        assertThat(page.locator(".voice-browser-notice")).hasCount(0);
        page.locator("vaadin-checkbox.read-aloud").click();
        int next = page.locator(".turn").count() + 1;
        ask(page, "Où est-ce que vous avez mal ?", next + 1);
        String reply = page.locator(".turn.patient[data-seq='" + (next + 1) + "'] .text").textContent();
        page.waitForFunction("() => window.__spoken.length > 0");

        @SuppressWarnings("unchecked")
        var spoken = (List<Map<String, Object>>) page.evaluate("() => window.__spoken");
        assertThat(spoken).hasSize(1);
        assertThat(spoken.get(0).get("text")).isEqualTo(reply);
        assertThat(spoken.get(0).get("lang")).isEqualTo("fr-FR");
        assertThat(spoken.get(0).get("voice")).as("a local voice, never the vendor's network voice").isEqualTo("Thomas");
        assertThat(((Number) page.evaluate("() => window.__recognitions")).intValue()).isZero();
        Browser.screenshot(page, "34-encounter-voice-off-fr");
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
        int next = page.locator(".turn").count() + 1;
        ask(page, "How have you been feeling lately?", next + 1);
        page.context().close();
    }
}
