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
 * @param concurrentChecks {@code osce.guard.concurrent-checks}: how many of the guard's rule checks of streaming
 *     replies run at once on the node, the others waiting their turn with the first words of a reply first
 *     (docs/performance.md); {@code 0} (default) is one per processor
 */
@ConfigurationProperties("osce.guard")
public record GuardProperties(@DefaultValue("none") String judge, @DefaultValue("2s") Duration judgeTimeout,
        @DefaultValue("200") int judgeMaxTokens, @DefaultValue("0") int concurrentChecks) {

    public static final String NO_JUDGE = "none";
    public static final String LLM_JUDGE = "llm";

    public GuardProperties {
        if (!NO_JUDGE.equals(judge) && !LLM_JUDGE.equals(judge)) {
            throw new IllegalArgumentException("osce.guard.judge must be 'none' or 'llm', not '" + judge + "'");
        }
        if (concurrentChecks < 0) {
            throw new IllegalArgumentException("osce.guard.concurrent-checks must be 0 (one per processor) or more, not "
                    + concurrentChecks);
        }
    }

    /** How many rule checks run at once: {@link #concurrentChecks}, or one per processor. */
    public int checksAtOnce() {
        return concurrentChecks > 0 ? concurrentChecks : Runtime.getRuntime().availableProcessors();
    }
}
