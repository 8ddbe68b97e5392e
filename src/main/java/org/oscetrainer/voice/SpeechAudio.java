package org.oscetrainer.voice;

/** Synthesised speech: the bytes and their media type (e.g. {@code audio/wav}). */
public record SpeechAudio(byte[] bytes, String contentType) {
}
