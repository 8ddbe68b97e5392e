package org.oscetrainer.patient;

import java.util.List;

/**
 * What the guardrails decided about a reply before it was shown, for the examiner (never the
 * student: the rule codes can hint at the diagnosis).
 *
 * @param outcome {@code PASSED}, {@code REGENERATED} (the first reply broke a rule, the second passed),
 *     {@code REPLACED_BY_SCRIPTED} (both broke rules, the scripted engine answered), {@code FLAGGED} (a
 *     scripted reply broke a rule and was given anyway: the station text needs a look) or
 *     {@code UNCHECKED}
 * @param rules the rule codes that fired, e.g. {@code leak:diagnosis}, {@code canary}, {@code ooc},
 *     {@code wrong-language}, {@code invented-number}, {@code invented-finding}
 */
public record GuardrailVerdict(Outcome outcome, List<String> rules) {

    public enum Outcome { PASSED, REGENERATED, REPLACED_BY_SCRIPTED, FLAGGED, UNCHECKED }

    public static final GuardrailVerdict UNCHECKED = new GuardrailVerdict(Outcome.UNCHECKED, List.of());
    public static final GuardrailVerdict PASSED = new GuardrailVerdict(Outcome.PASSED, List.of());

    public GuardrailVerdict {
        rules = List.copyOf(rules);
    }

    /** The rule codes, comma-separated, at most 500 characters; {@code null} when none fired. */
    public String detail() {
        if (rules.isEmpty()) {
            return null;
        }
        String joined = String.join(", ", rules);
        return joined.length() <= 500 ? joined : joined.substring(0, 500);
    }
}
