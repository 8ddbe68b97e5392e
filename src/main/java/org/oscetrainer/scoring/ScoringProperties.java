package org.oscetrainer.scoring;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How encounters are scored.
 *
 * @param grader {@code osce.scoring.grader}: {@code offline} (the checklist grader, no LLM) or
 *     {@code llm} (the LLM grader at the {@code osce.llm.*} endpoint, falling back to the offline
 *     grader when it fails)
 * @param llmTimeout {@code osce.scoring.llm-timeout}: how long one grading call may take
 * @param llmMaxTokens {@code osce.scoring.llm-max-tokens}: caps the grader's JSON answer
 */
@ConfigurationProperties("osce.scoring")
public record ScoringProperties(
        @DefaultValue("offline") String grader,
        @DefaultValue("60s") Duration llmTimeout,
        @DefaultValue("3000") int llmMaxTokens) {
}
