package org.oscetrainer.llm;

import dev.langchain4j.http.client.jdk.JdkHttpClientBuilder;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import java.net.http.HttpClient;
import java.time.Duration;

/**
 * The one place LangChain4j clients to the hospital's cluster ({@code osce.llm.*}) are built: the
 * patient's streaming model, and the JSON models of the grader and the guard's judge. Every client
 * speaks HTTP/1.1 (vLLM answers 400 to the JDK client's h2c upgrade on plain http) and sends the
 * bearer key only when one is set. The patient's stream is read on a pooled thread ({@link PooledStreamHttpClient}),
 * not on a new thread per reply.
 */
public final class LlmClients {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);

    private final LlmProperties properties;

    public LlmClients(LlmProperties properties) {
        this.properties = properties;
    }

    /** The served model's name, recorded with each AI output. */
    public String modelName() {
        return properties.model();
    }

    /**
     * The patient's streaming model: {@code osce.llm.temperature} and {@code max-tokens}; the socket
     * waits at most the first-token plus the idle timeout (the patient's watchdog is stricter).
     */
    public StreamingChatModel streaming() {
        return OpenAiStreamingChatModel.builder()
                .baseUrl(properties.baseUrl())
                .apiKey(apiKey())
                .modelName(properties.model())
                .temperature(properties.temperature())
                .maxTokens(properties.maxTokens())
                .httpClientBuilder(PooledStreamHttpClient.builder(
                        http(properties.firstTokenTimeout().plus(properties.idleTimeout()))))
                .build();
    }

    /**
     * A model that answers one JSON object per call, at temperature 0, within {@code timeout}, with no
     * hidden retries (each caller has its own fallback): the grader's and the judge's.
     */
    public ChatModel json(int maxTokens, Duration timeout) {
        return OpenAiChatModel.builder()
                .baseUrl(properties.baseUrl())
                .apiKey(apiKey())
                .modelName(properties.model())
                .temperature(0.0)
                .maxTokens(maxTokens)
                .responseFormat(ResponseFormat.JSON)
                .timeout(timeout)
                .maxRetries(0)
                .httpClientBuilder(http(timeout))
                .build();
    }

    private String apiKey() {
        return properties.apiKey() == null || properties.apiKey().isBlank() ? "none" : properties.apiKey();
    }

    private static JdkHttpClientBuilder http(Duration readTimeout) {
        return new JdkHttpClientBuilder()
                .httpClientBuilder(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1))
                .connectTimeout(CONNECT_TIMEOUT)
                .readTimeout(readTimeout);
    }
}
