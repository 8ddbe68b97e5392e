package org.oscetrainer.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.oscetrainer.TestClock;
import org.oscetrainer.voice.FakeSpeechServer;
import org.oscetrainer.voice.SpeechFiles;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Time from the end of speech (the push-to-talk button released) to the transcribed question shown in
 * the field, in Chromium with the fake microphone playing espeak-ng speech and the fake speech server
 * answering at once: the recorder's last chunk, the WAV conversion in the browser, the upload, the app.
 * A real Whisper server adds its own time. Not part of the test run: {@code mvn -Pproduction,bench verify
 * -Dtest=VoiceLatencyBenchmark}. Prints figures, asserts none.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestClock.Configuration.class)
class VoiceLatencyBenchmark extends BrowserTest {

    private static final int WARM_UP = 2;
    private static final int MEASURED = 10;

    static final FakeSpeechServer SPEECH = FakeSpeechServer.started();

    @DynamicPropertySource
    static void voice(DynamicPropertyRegistry registry) {
        registry.add("osce.voice.base-url", SPEECH::baseUrl);
        registry.add("osce.voice.stt-model", () -> "whisper-test");
    }

    @AfterAll
    static void stopSpeech() {
        SPEECH.close();
    }

    @Test
    void endOfSpeechToTheQuestionShown() {
        String question = "Depuis quand avez-vous mal au dos ?";
        Path spoken = SpeechFiles.speech("benchmark-fr", "fr", question);
        SPEECH.hears("fr", question);
        List<Double> figures = new ArrayList<>();
        try (Browser chromium = VoiceServerBrowserTest.withMicrophone(port, spoken)) {
            Page page = chromium.newPage("fr-FR");
            Browser.signIn(page, "student", "demo-password");
            startStation(page, "douleur-lombaire-fr");
            Locator talk = page.locator("vaadin-button.push-to-talk");
            Locator field = page.locator("vaadin-text-field.question input");
            for (int i = 0; i < WARM_UP + MEASURED; i++) {
                field.fill("");
                page.evaluate("() => window.osceVoice.lastTiming = null");
                talk.dispatchEvent("pointerdown");
                page.waitForTimeout(2000);
                talk.dispatchEvent("pointerup");
                page.waitForFunction("() => window.osceVoice.lastTiming !== null");
                @SuppressWarnings("unchecked")
                var timing = (Map<String, Object>) page.evaluate("() => window.osceVoice.lastTiming");
                double ms = ((Number) timing.get("shown")).doubleValue() - ((Number) timing.get("speechEnded")).doubleValue();
                if (i >= WARM_UP) {
                    figures.add(ms);
                }
            }
            page.locator("vaadin-button.end-encounter").click();
        }
        figures.sort(Double::compare);
        System.out.printf("Voice, end of speech to the question shown (%d rounds of 2 s of speech, fake server):"
                + " min %.0f ms, median %.0f ms, max %.0f ms%n", figures.size(), figures.get(0),
                figures.get(figures.size() / 2), figures.get(figures.size() - 1));
    }
}
