package org.oscetrainer.encounter;

/** Receives the patient's reply to a question as it streams; called from a background thread. */
public interface TurnListener {

    void token(String token);

    /** The LLM failed; the scripted patient answers this turn instead. Discard tokens so far. */
    void degraded(String reason);

    /** The reply is complete and committed to the transcript. */
    void replied(TranscriptTurn turn);

    /** The patient could not answer; the question is kept, the student may ask again. */
    void failed(String reason);
}
