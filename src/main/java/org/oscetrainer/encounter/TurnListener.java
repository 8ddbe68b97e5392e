package org.oscetrainer.encounter;

/** Receives the patient's reply to a question as it streams; called from a background thread. */
public interface TurnListener {

    void token(String token);

    /** The LLM failed; the scripted patient answers this turn instead. Discard tokens so far. */
    void degraded(String reason);

    /**
     * The text streamed so far broke a guardrail and is withdrawn: discard the tokens so far; another
     * answer follows. Do not tell the student why.
     */
    default void retracted() {
    }

    /** The reply is complete and committed to the transcript. */
    void replied(TranscriptTurn turn);

    /** The patient could not answer; the question is kept, the student may ask again. */
    void failed(String reason);
}
