package org.oscetrainer.patient.internal;

import java.util.Optional;

/** One rule a patient reply must follow before a student sees it. */
interface GuardrailCheck {

    /** The first way {@code text} breaks this rule, if any. {@code text} may be a partial reply. */
    Optional<Violation> check(String text);

}
