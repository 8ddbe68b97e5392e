package org.oscetrainer.encounter;

import java.time.Instant;

/**
 * A transcript line as shown to people: who spoke, what, when, and which engine produced it. The
 * guardrail verdict and its rule codes are for examiners only: never show them to the student (the
 * codes can hint at the diagnosis).
 *
 * @param guardrailVerdict for a patient line, what the guardrails decided ({@code PASSED},
 *     {@code REGENERATED}, {@code REPLACED_BY_SCRIPTED}, {@code FLAGGED}), or {@code null}
 * @param guardrailDetail the rule codes that fired, comma-separated, or {@code null}
 */
public record TranscriptTurn(long id, int seq, Speaker speaker, String text, String engine, Instant at,
        String guardrailVerdict, String guardrailDetail) {

    public enum Speaker { STUDENT, PATIENT }

    public TranscriptTurn(long id, int seq, Speaker speaker, String text, String engine, Instant at) {
        this(id, seq, speaker, text, engine, at, null, null);
    }
}
