package org.oscetrainer.encounter.api;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;
import org.oscetrainer.common.HasMessageKey;
import org.oscetrainer.common.Translations;
import org.oscetrainer.encounter.EncounterClosedException;
import org.oscetrainer.encounter.EncounterSpeech;
import org.oscetrainer.encounter.EncounterUnavailableException;
import org.oscetrainer.voice.AudioRefusedException;
import org.oscetrainer.voice.SpeechAudio;
import org.oscetrainer.voice.SpeechService;
import org.oscetrainer.voice.SpeechUnavailableException;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Voice over HTTP for the encounter page (docs/voice.md): the browser posts the recorded question here,
 * never to a speech server, and fetches the patient's spoken replies from here. Students only (the
 * /api chain), each on their own encounters (the services).
 */
@RestController
@RequestMapping("/api/encounters/{encounterId}")
class SpeechController {

    private final EncounterSpeech speech;
    private final SpeechService limits;

    SpeechController(EncounterSpeech speech, SpeechService limits) {
        this.speech = speech;
        this.limits = limits;
    }

    /** The recording as the request body (e.g. {@code audio/wav}); answers {@code {"text": "…"}}. */
    @PostMapping(value = "/transcription", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, String>> transcribe(@PathVariable long encounterId, HttpServletRequest request)
            throws IOException {
        byte[] audio = readAtMost(request.getInputStream(), limits.maxAudioBytes() + 1);
        String text = speech.transcribe(encounterId, audio, request.getContentType());
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(Map.of("text", text));
    }

    /** The patient's reply of turn {@code seq}, spoken. */
    @GetMapping("/turns/{seq}/speech")
    ResponseEntity<byte[]> speak(@PathVariable long encounterId, @PathVariable int seq) {
        SpeechAudio audio = speech.speak(encounterId, seq);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .contentType(MediaType.parseMediaType(audio.contentType())).body(audio.bytes());
    }

    @ExceptionHandler({AudioRefusedException.class, SpeechUnavailableException.class, EncounterClosedException.class,
            AccessDeniedException.class, IllegalArgumentException.class})
    ResponseEntity<Map<String, String>> refused(RuntimeException e, Locale locale) {
        HttpStatus status = e instanceof AudioRefusedException refused
                ? refused.reason() == AudioRefusedException.Reason.TOO_LARGE ? HttpStatus.PAYLOAD_TOO_LARGE : HttpStatus.BAD_REQUEST
                : e instanceof SpeechUnavailableException ? HttpStatus.SERVICE_UNAVAILABLE
                : e instanceof EncounterClosedException ? HttpStatus.CONFLICT
                // another student's encounter is told exactly as a missing one
                : e instanceof EncounterUnavailableException ? HttpStatus.NOT_FOUND
                : e instanceof AccessDeniedException ? HttpStatus.FORBIDDEN : HttpStatus.BAD_REQUEST;
        String message = e instanceof HasMessageKey keyed ? Translations.text(locale, keyed)
                : Translations.text(locale, "error.forbidden");
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(Map.of("message", message));
    }

    /** Reads no more than {@code limit} bytes: a larger upload is refused without being held in memory. */
    private static byte[] readAtMost(InputStream in, int limit) throws IOException {
        return in.readNBytes(limit);
    }
}
