package org.oscetrainer.patient;

/** Receives a patient reply as it is produced. Exactly one of {@code completed} or {@code failed} is called. */
public interface ReplyStream {

    /**
     * A piece of the reply. Throws {@link ReplyAbandonedException} when the receiving side has given the reply up: the
     * engine then stops generating it (its {@code failed} may still be called, and is then ignored).
     */
    void token(String token);

    void completed(PatientReply reply);

    void failed(PatientUnavailableException error);

    /**
     * The LLM failed and the scripted engine takes over this reply (degraded mode): discard any
     * tokens received so far and tell the student.
     */
    default void degraded(String reason) {
    }

    /**
     * The text streamed so far broke a guardrail: discard the tokens received so far, without
     * telling the student why; another answer to the same question follows.
     */
    default void retract() {
    }
}
