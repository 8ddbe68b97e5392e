package org.oscetrainer.voice;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The hospital's speech servers (docs/voice.md). Voice is off while {@code baseUrl} is empty.
 *
 * @param baseUrl {@code osce.voice.base-url}: the OpenAI-compatible server's address ending in {@code /v1}
 *     (faster-whisper-server, vLLM serving Whisper, a Piper or Kokoro server…); empty: no server voice
 * @param apiKey {@code osce.voice.api-key}: bearer key, if the server wants one
 * @param sttModel {@code osce.voice.stt-model}: the speech-to-text model; empty: no speech input through the server
 * @param ttsModel {@code osce.voice.tts-model}: the text-to-speech model; empty: no spoken replies through the server
 * @param ttsBaseUrl {@code osce.voice.tts-base-url}: another server for speech synthesis; empty: {@code baseUrl}
 * @param voices {@code osce.voice.voices.*}: the voice per station language, or per language and the
 *     patient's sex ({@code fr-female}, {@code en-male}), which wins when present
 * @param connectTimeout {@code osce.voice.connect-timeout}: to open a connection to the server
 * @param timeout {@code osce.voice.timeout}: a whole transcription or synthesis
 * @param maxAudioSeconds {@code osce.voice.max-audio-seconds}: longest recording (the browser stops there; a
 *     longer WAV is refused)
 * @param maxAudioBytes {@code osce.voice.max-audio-bytes}: largest recording the app accepts
 * @param browserRecognition {@code osce.voice.browser-recognition}: allow the browser's own speech
 *     recognition when no server is configured. In Chrome and Edge it sends the student's audio to the
 *     browser vendor's cloud: an institution's decision, off by default
 */
@ConfigurationProperties("osce.voice")
public record VoiceProperties(@DefaultValue("") String baseUrl, @DefaultValue("") String apiKey,
        @DefaultValue("") String sttModel, @DefaultValue("") String ttsModel, @DefaultValue("") String ttsBaseUrl,
        Map<String, String> voices, @DefaultValue("3s") Duration connectTimeout, @DefaultValue("30s") Duration timeout,
        @DefaultValue("60") int maxAudioSeconds, @DefaultValue("4000000") int maxAudioBytes,
        @DefaultValue("false") boolean browserRecognition) {

    public VoiceProperties {
        voices = voices == null ? Map.of() : Map.copyOf(voices);
    }

    /** Whether speech input goes through the hospital's server. */
    public boolean listens() {
        return !baseUrl.isBlank() && !sttModel.isBlank();
    }

    /** Whether patients' replies are spoken by the hospital's server. */
    public boolean speaks() {
        return !speechBaseUrl().isBlank() && !ttsModel.isBlank();
    }

    String speechBaseUrl() {
        return ttsBaseUrl.isBlank() ? baseUrl : ttsBaseUrl;
    }

    /** The voice for a station language and a patient's sex; null: the server's default. */
    String voice(String language, String sex) {
        String exact = voices.get(language + "-" + sex);
        return exact != null ? exact : voices.get(language);
    }
}
