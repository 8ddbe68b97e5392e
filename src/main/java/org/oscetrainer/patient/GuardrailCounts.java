package org.oscetrainer.patient;

/**
 * How the guardrails have judged replies since start-up.
 *
 * @param llmChecked LLM replies checked (each attempt)
 * @param llmBroken LLM replies that broke a rule and were withheld
 * @param regenerated questions answered by the second LLM attempt
 * @param replacedByScripted questions answered by the scripted engine after two broken attempts
 * @param scriptedChecked scripted replies checked
 * @param scriptedFlagged scripted replies that broke a rule (given anyway: the station text needs a look)
 */
public record GuardrailCounts(long llmChecked, long llmBroken, long regenerated, long replacedByScripted,
        long scriptedChecked, long scriptedFlagged) {
}
