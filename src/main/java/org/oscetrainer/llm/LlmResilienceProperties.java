package org.oscetrainer.llm;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the LLM patient protects the station and the hospital's cluster (resilience4j).
 *
 * @param maxAttempts {@code osce.llm.resilience.max-attempts}: tries per reply, counting the first; only a
 *     failure before the first token (connection refused, HTTP 5xx/429) is tried again
 * @param retryBackoff {@code osce.llm.resilience.retry-backoff}: pause before the next try
 * @param maxConcurrentGenerations {@code osce.llm.resilience.max-concurrent-generations}: the LLM cluster's
 *     capacity, sequences it generates at once (vLLM's {@code max-num-seqs} summed over its servers); each app
 *     node's bulkhead takes its share ({@code osce.cluster.nodes}); replies beyond it queue, first come first served
 * @param maxWaitForGeneration {@code osce.llm.resilience.max-wait-for-generation}: how long a reply waits for
 *     a free place before the scripted engine answers it
 * @param circuitWindow {@code osce.llm.resilience.circuit-window}: replies the circuit breaker looks back on
 * @param circuitMinimumReplies {@code osce.llm.resilience.circuit-minimum-replies}: replies needed before it
 *     can open
 * @param circuitFailureRate {@code osce.llm.resilience.circuit-failure-rate}: percentage of failed replies
 *     that opens it; while open, replies go straight to the scripted engine
 * @param circuitOpenFor {@code osce.llm.resilience.circuit-open-for}: how long it stays open before one
 *     trial reply is let through
 */
@ConfigurationProperties("osce.llm.resilience")
public record LlmResilienceProperties(
        @DefaultValue("2") int maxAttempts,
        @DefaultValue("250ms") Duration retryBackoff,
        @DefaultValue("256") int maxConcurrentGenerations,
        @DefaultValue("3s") Duration maxWaitForGeneration,
        @DefaultValue("10") int circuitWindow,
        @DefaultValue("4") int circuitMinimumReplies,
        @DefaultValue("50") float circuitFailureRate,
        @DefaultValue("30s") Duration circuitOpenFor) {

    /** The defaults, for code that builds an LLM patient by hand (tests, commands). */
    public static LlmResilienceProperties defaults() {
        return new LlmResilienceProperties(2, Duration.ofMillis(250), 256, Duration.ofSeconds(3), 10, 4, 50,
                Duration.ofSeconds(30));
    }
}
