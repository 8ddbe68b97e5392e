package org.oscetrainer.patient.internal;

/**
 * A guardrail rule that a reply breaks.
 *
 * @param rule the rule code, e.g. {@code leak:diagnosis}, {@code canary}, {@code ooc}
 * @param span the offending part of the reply (as read after undoing an encoding, if any)
 */
public record Violation(String rule, String span) {
}
