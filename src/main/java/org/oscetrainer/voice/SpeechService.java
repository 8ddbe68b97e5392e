package org.oscetrainer.voice;

import java.io.IOException;
import org.oscetrainer.voice.internal.SpeechServerClient;
import org.oscetrainer.voice.internal.WavDuration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Speech through the hospital's server. The audio lives in memory for one request and is never
 * stored, nor logged; the encounter module decides whose audio may be heard.
 */
@Service
@PreAuthorize("hasRole('PLAY_STATIONS')")
public class SpeechService {

    private static final Logger LOG = LoggerFactory.getLogger(SpeechService.class);

    private final VoiceProperties properties;
    private final SpeechServerClient server;

    SpeechService(VoiceProperties properties) {
        this.properties = properties;
        this.server = new SpeechServerClient(properties.apiKey(), properties.connectTimeout(), properties.timeout());
    }

    /** What the encounter page may offer (the student's page: the class's rule applies). */
    public VoiceFeatures features() {
        return new VoiceFeatures(properties.listens(), !properties.listens() && properties.browserRecognition(),
                properties.speaks(), properties.maxAudioSeconds());
    }

    /**
     * The words spoken in {@code audio} (a recording in {@code language}, {@code fr} or {@code en}).
     *
     * @throws AudioRefusedException empty, over {@code max-audio-bytes}, or a WAV over {@code max-audio-seconds}
     * @throws SpeechUnavailableException no server configured, or it failed
     */
    public String transcribe(byte[] audio, String contentType, String language) {
        if (!properties.listens()) {
            throw new SpeechUnavailableException("No speech-to-text server is configured (osce.voice)", null);
        }
        check(audio);
        String type = contentType == null || contentType.isBlank() ? "audio/wav" : contentType;
        try {
            long started = System.nanoTime();
            String text = server.transcribe(properties.baseUrl(), properties.sttModel(), language, audio,
                    "question." + extension(type), type).strip();
            LOG.debug("Transcribed {} bytes of audio in {} ms", audio.length, (System.nanoTime() - started) / 1_000_000);
            return text;
        } catch (IOException e) {
            throw unavailable("speech-to-text", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable("speech-to-text", e);
        }
    }

    /** The patient's reply spoken by the server, in the voice configured for the language and sex. */
    public SpeechAudio speak(String text, String language, String sex) {
        if (!properties.speaks()) {
            throw new SpeechUnavailableException("No text-to-speech server is configured (osce.voice)", null);
        }
        try {
            return new SpeechAudio(server.speak(properties.speechBaseUrl(), properties.ttsModel(),
                    properties.voice(language, sex), text), "audio/wav");
        } catch (IOException e) {
            throw unavailable("text-to-speech", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable("text-to-speech", e);
        }
    }

    /** The longest recording accepted, in bytes (callers stop reading a request there). */
    public int maxAudioBytes() {
        return properties.maxAudioBytes();
    }

    private void check(byte[] audio) {
        if (audio == null || audio.length == 0) {
            throw new AudioRefusedException(AudioRefusedException.Reason.EMPTY, 0);
        }
        if (audio.length > properties.maxAudioBytes()) {
            throw new AudioRefusedException(AudioRefusedException.Reason.TOO_LARGE, properties.maxAudioBytes());
        }
        // a small allowance: the browser stops at the limit, and its encoder rounds up
        if (WavDuration.of(audio).orElse(0) > properties.maxAudioSeconds() + 1) {
            throw new AudioRefusedException(AudioRefusedException.Reason.TOO_LONG, properties.maxAudioSeconds());
        }
    }

    private static String extension(String contentType) {
        String type = contentType.toLowerCase();
        return type.contains("webm") ? "webm" : type.contains("ogg") ? "ogg" : type.contains("mp4") ? "m4a"
                : type.contains("mpeg") ? "mp3" : "wav";
    }

    private static SpeechUnavailableException unavailable(String what, Exception e) {
        LOG.warn("The speech server failed ({}): {}", what, e.toString());
        return new SpeechUnavailableException("The speech server failed: " + e.getMessage(), e);
    }
}
