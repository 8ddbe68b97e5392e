package org.oscetrainer.voice;

import org.oscetrainer.common.HasMessageKey;

/** A recording the app will not send to the speech server: empty, too large or too long. */
public class AudioRefusedException extends RuntimeException implements HasMessageKey {

    public enum Reason { EMPTY, TOO_LARGE, TOO_LONG }

    private final Reason reason;
    private final int limit;

    public AudioRefusedException(Reason reason, int limit) {
        super("Audio refused: " + reason + " (limit " + limit + ")");
        this.reason = reason;
        this.limit = limit;
    }

    public Reason reason() {
        return reason;
    }

    @Override
    public String messageKey() {
        return "error.voice.audio." + reason.name().toLowerCase().replace('_', '-');
    }

    @Override
    public Object[] messageArguments() {
        return new Object[] {reason == Reason.TOO_LARGE ? limit / 1_000_000.0 : limit};
    }
}
