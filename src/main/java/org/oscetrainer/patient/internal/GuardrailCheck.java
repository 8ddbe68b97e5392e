package org.oscetrainer.patient.internal;

import java.util.Optional;

/** One rule a patient reply must follow before a student sees it. */
interface GuardrailCheck {

    /**
     * The first way {@code reply} breaks this rule, if any. {@code reply} may be a partial reply; its
     * readings ({@link Disguises}) are made once and shared by the checks that read them.
     */
    Optional<Violation> check(ReplyText reply);

    /** The same, for a text on its own (tests, the scripted engine's authored lines). */
    default Optional<Violation> check(String text) {
        return check(new ReplyText(text));
    }

}
