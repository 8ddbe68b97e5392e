package org.oscetrainer.patient;

/**
 * Thrown by {@link ReplyStream#token} when the reply has been given up on its receiving side (the guard's check failed,
 * or the student's stream could not take a piece: the student was already told that the patient could not answer): the
 * engine stops generating it, cancels the model's stream and frees its place (docs/performance.md, perf22).
 */
public class ReplyAbandonedException extends RuntimeException {

    public ReplyAbandonedException(String message) {
        super(message, null, false, false);
    }
}
