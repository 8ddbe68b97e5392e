package org.oscetrainer.patient.internal;

import java.util.Optional;

/**
 * What a streaming reply is checked with ({@link GuardedStream}): the guard's rules of one question ({@link Guardrails}),
 * and the judge's sentence by sentence when it is on. An interface so a test can hold a real check open or make it
 * throw, and see what the stream does meanwhile (GuardedStreamFailureTest).
 */
interface ReplyChecks {

    /** The first rule {@code reply} (the reply so far, or whole) breaks. Not called for the same reply at once. */
    Optional<Violation> check(String reply);

    /** How far {@code text} may be shown, at most {@code upTo}: not into letters that could still grow into a term. */
    int safeCut(String text, int upTo);

    /** Whether generated replies are also judged, sentence by sentence. */
    boolean judged();

    /** The judge's verdict on {@code reply}; empty when it passes or there is no judge. */
    Optional<Violation> judge(String reply);
}
