/**
 * Speech through the hospital's own servers: speech-to-text at an OpenAI-compatible
 * {@code /v1/audio/transcriptions} endpoint and text-to-speech at {@code /v1/audio/speech}
 * ({@code osce.voice.*}, docs/voice.md). The one home of the speech servers; it knows nothing of
 * encounters, which decide who may be heard (encounter module).
 */
package org.oscetrainer.voice;
