package org.oscetrainer.patient;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The patient's guard (docs/guardrails.md).
 *
 * @param judge {@code osce.guard.judge}: {@code none} (default: the rule checks only) or {@code llm} (each
 *     sentence of an LLM reply is also judged, before it is shown, by a separate request to the cluster at
 *     {@code osce.llm.*} that sees the reply and the station's hidden truth, never the patient's prompt)
 * @param judgeTimeout {@code osce.guard.judge-timeout}: a judgement not back by then fails closed (the reply
 *     is withheld, rule {@code judge-unavailable})
 * @param judgeMaxTokens {@code osce.guard.judge-max-tokens}: caps the judge's JSON answer
 */
@ConfigurationProperties("osce.guard")
public record GuardProperties(@DefaultValue("none") String judge, @DefaultValue("2s") Duration judgeTimeout,
        @DefaultValue("200") int judgeMaxTokens) {

    public static final String NO_JUDGE = "none";
    public static final String LLM_JUDGE = "llm";

    public GuardProperties {
        if (!NO_JUDGE.equals(judge) && !LLM_JUDGE.equals(judge)) {
            throw new IllegalArgumentException("osce.guard.judge must be 'none' or 'llm', not '" + judge + "'");
        }
    }
}
