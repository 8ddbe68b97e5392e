package org.oscetrainer.voice;

import org.oscetrainer.common.HasMessageKey;

/** The speech server is not configured, failed or took too long: the student types instead. */
public class SpeechUnavailableException extends RuntimeException implements HasMessageKey {

    public SpeechUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public String messageKey() {
        return "error.voice.unavailable";
    }
}
