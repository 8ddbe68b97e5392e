package org.oscetrainer.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.oscetrainer.TestClock;
import org.oscetrainer.voice.FakeSpeechServer;
import org.oscetrainer.voice.SpeechFiles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Voice through the hospital's speech server, in Chromium with a fake microphone that plays real speech
 * (espeak-ng, French and English): the student holds the button and speaks, the browser sends the
 * recording to the app, the app to the (fake) speech server, the heard question shows in the field, the
 * student sends it and the patient answers, spoken by the server through the app. Every request the
 * page makes is recorded: none goes to any host but the app, and the browser's own recogniser is never
 * started.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestClock.Configuration.class)
class VoiceServerBrowserTest extends BrowserTest {

    static final FakeSpeechServer SPEECH = FakeSpeechServer.started();

    /** Counts any use of the browser's own (cloud) recogniser. */
    static final String RECOGNITION_TRAP = """
            window.__browserRecognition = 0;
            window.SpeechRecognition = window.webkitSpeechRecognition = class {
              constructor() { window.__browserRecognition++; }
              start() {} stop() {}
            };
            """;

    @DynamicPropertySource
    static void voice(DynamicPropertyRegistry registry) {
        registry.add("osce.voice.base-url", SPEECH::baseUrl);
        registry.add("osce.voice.stt-model", () -> "whisper-test");
        registry.add("osce.voice.tts-model", () -> "tts-test");
        registry.add("osce.voice.voices.fr", () -> "fr");
        registry.add("osce.voice.voices.en", () -> "en-gb");
    }

    @AfterAll
    static void stopSpeech() {
        SPEECH.close();
    }

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aFrenchStudentAsksAloudThePatientAnswersAloudAndNoRequestLeavesTheApp() {
        play("fr-FR", "douleur-lombaire-fr", "fr", "fr", "Depuis quand avez-vous mal au dos ?", "Maintenir pour parler",
                "Vérifiez ce qui a été compris");
    }

    @Test
    void anEnglishStudentAsksAloudThePatientAnswersAloudAndNoRequestLeavesTheApp() {
        play("en-GB", "abdominal-pain-en", "en-gb", "en", "Where exactly is the pain?", "Hold to talk",
                "Check what was heard");
    }

    /** Chromium whose microphone plays {@code wav} (looped), granting the permission by itself. */
    static Browser withMicrophone(int port, Path wav) {
        return new Browser(port, List.of("--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream",
                "--use-file-for-fake-audio-capture=" + wav, "--autoplay-policy=no-user-gesture-required"));
    }

    private void play(String locale, String stationId, String espeakVoice, String language, String question,
            String talkLabel, String checkText) {
        Path spoken = SpeechFiles.speech("microphone-" + language, espeakVoice, question);
        SPEECH.hears(language, question);
        SPEECH.transcriptions().clear();
        SPEECH.speeches().clear();
        try (Browser chromium = withMicrophone(port, spoken)) {
            Page page = chromium.newPage(locale);
            List<String> requested = new CopyOnWriteArrayList<>();
            page.context().onRequest(request -> requested.add(request.url()));
            page.onWebSocket(socket -> requested.add(socket.url()));
            page.addInitScript(RECOGNITION_TRAP);
            Browser.signIn(page, "student", "demo-password");
            startStation(page, stationId);
            long encounterId = Long.parseLong(page.url().replaceAll(".*/encounter/", ""));
            int next = jdbc.queryForObject("select max(seq) from turn where encounter_id = ?", Integer.class, encounterId) + 1;

            Locator talk = page.locator("vaadin-button.push-to-talk");
            assertThat(talk).isVisible();
            assertThat(talk).containsText(talkLabel);
            assertThat(talk).hasAttribute("aria-pressed", "false");
            page.locator("vaadin-checkbox.read-aloud").click();
            Browser.screenshot(page, "35-encounter-voice-server-" + language);

            talk.dispatchEvent("pointerdown");
            assertThat(talk).hasAttribute("recording", "");
            assertThat(talk).hasAttribute("aria-pressed", "true");
            assertThat(page.locator(".voice-status")).not().isEmpty();
            page.waitForTimeout(2500); // the student speaks (the fake microphone plays the question)
            page.screenshot(new Page.ScreenshotOptions().setPath(Browser.SCREENSHOTS.resolve(
                    "36-encounter-voice-recording-" + language + ".png")));
            talk.dispatchEvent("pointerup");

            assertThat(page.locator("vaadin-text-field.question input")).hasValue(question);
            assertThat(page.locator(".voice-status")).containsText(checkText);
            assertThat(talk).not().hasAttribute("recording", "");
            @SuppressWarnings("unchecked")
            var timing = (Map<String, Object>) page.evaluate("() => window.osceVoice.lastTiming");
            System.out.printf("Voice (%s): end of speech to the question shown: %.0f ms (%s bytes of WAV)%n", language,
                    ((Number) timing.get("shown")).doubleValue() - ((Number) timing.get("speechEnded")).doubleValue(),
                    timing.get("bytes"));

            assertThat(SPEECH.transcriptions()).hasSize(1);
            FakeSpeechServer.Transcription received = SPEECH.transcriptions().get(0);
            assertThat(received.fields()).containsEntry("language", language).containsEntry("model", "whisper-test");
            assertThat(received.fileType()).isEqualTo("audio/wav");
            assertThat(received.seconds()).as("the held button's length").isBetween(1.5, 6.0);
            assertThat(received.speechSeconds()).as("the microphone's speech reached the server").isGreaterThan(0.5);
            assertThat(page.locator(".turn.student[data-seq='" + next + "']")).hasCount(0); // heard, not sent by itself

            page.locator("vaadin-button.send").click();
            Browser.waitForVaadin(page); // the round trip, within the page's timeout (assertions wait 5 s)
            assertThat(page.locator(".turn.student[data-seq='" + next + "'] .text")).hasText(question);
            assertThat(page.locator(".turn.patient[data-seq='" + (next + 1) + "'] .text")).not().isEmpty();
            String reply = page.locator(".turn.patient[data-seq='" + (next + 1) + "'] .text").textContent();
            assertThat(jdbc.queryForObject("select text from turn where encounter_id = ? and seq = ?", String.class,
                    encounterId, next)).isEqualTo(question);

            // the reply is spoken by the hospital's server, fetched from the app, and played
            page.waitForFunction("() => window.osceVoice.lastAudio && window.osceVoice.lastAudio.duration > 0");
            assertThat(SPEECH.speeches()).hasSize(1);
            assertThat(SPEECH.speeches().get(0).body().get("input").asText()).isEqualTo(reply);
            assertThat(SPEECH.speeches().get(0).body().get("voice").asText()).isEqualTo(espeakVoice);
            Browser.screenshot(page, "37-encounter-voice-answered-" + language);

            assertThat(((Number) page.evaluate("() => window.__browserRecognition")).intValue())
                    .as("the browser's own recogniser is never started").isZero();
            assertThat(requested).isNotEmpty();
            assertThat(requested).as("every request goes to the app, none elsewhere").allSatisfy(url -> {
                URI uri = URI.create(url);
                if (!uri.getScheme().equals("data") && !uri.getScheme().equals("blob")) {
                    assertThat(uri.getHost()).isEqualTo("localhost");
                    assertThat(uri.getPort()).isEqualTo(port);
                }
            });
            assertThat(requested).anyMatch(url -> url.endsWith("/api/encounters/" + encounterId + "/transcription"));
            assertThat(requested).anyMatch(url -> url.endsWith("/api/encounters/" + encounterId + "/turns/" + (next + 1) + "/speech"));
            page.locator("vaadin-button.end-encounter").click();
            page.waitForURL(url -> url.contains("/result/"));
        }
    }
}
