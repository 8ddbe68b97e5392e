package org.oscetrainer.patient;

/**
 * A finished reply of the patient.
 *
 * @param text the whole reply
 * @param engine which engine produced it ({@code scripted} or {@code llm})
 * @param model the model name, or {@code null} for the scripted engine
 * @param promptHash hash of the prompt template used, or {@code null}
 * @param firstTokenMillis time from the question to the first token
 * @param inputTokens prompt tokens reported by the LLM, or {@code null}
 * @param outputTokens completion tokens reported by the LLM, or {@code null}
 * @param guardrail what the guardrails decided before the reply was shown
 */
public record PatientReply(String text, String engine, String model, String promptHash, long firstTokenMillis,
        Integer inputTokens, Integer outputTokens, GuardrailVerdict guardrail) {

    /** A reply as an engine produces it, before the guardrails have looked at it. */
    public PatientReply(String text, String engine, String model, String promptHash, long firstTokenMillis,
            Integer inputTokens, Integer outputTokens) {
        this(text, engine, model, promptHash, firstTokenMillis, inputTokens, outputTokens, GuardrailVerdict.UNCHECKED);
    }

    public PatientReply withGuardrail(GuardrailVerdict verdict) {
        return new PatientReply(text, engine, model, promptHash, firstTokenMillis, inputTokens, outputTokens, verdict);
    }
}
