package org.oscetrainer.llm;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The hospital's OpenAI-compatible LLM endpoint (vLLM, TGI, Ollama...).
 *
 * @param baseUrl {@code osce.llm.base-url}: e.g. {@code http://llm.hospital.local:8000/v1}
 * @param model {@code osce.llm.model}: the served model name
 * @param apiKey {@code osce.llm.api-key}: optional bearer key
 * @param temperature {@code osce.llm.temperature}
 * @param maxTokens {@code osce.llm.max-tokens}: caps a reply's length
 * @param firstTokenTimeout {@code osce.llm.first-token-timeout}: fail when no token comes within this time
 * @param idleTimeout {@code osce.llm.idle-timeout}: fail when the stream pauses longer than this between tokens
 */
@ConfigurationProperties("osce.llm")
public record LlmProperties(
        @DefaultValue("http://localhost:8000/v1") String baseUrl,
        @DefaultValue("local-model") String model,
        String apiKey,
        @DefaultValue("0.4") double temperature,
        @DefaultValue("300") int maxTokens,
        @DefaultValue("20s") Duration firstTokenTimeout,
        @DefaultValue("10s") Duration idleTimeout) {
}
