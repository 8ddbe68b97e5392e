package org.oscetrainer.voice;

/**
 * What the encounter page may offer: speech input through the app (server), through the browser's own
 * recogniser (only when an institution allowed it), spoken replies through the app, and the longest
 * recording.
 */
public record VoiceFeatures(boolean serverListening, boolean browserRecognition, boolean serverSpeaking,
        int maxAudioSeconds) {
}
