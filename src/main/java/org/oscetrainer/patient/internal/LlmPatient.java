package org.oscetrainer.patient.internal;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.http.client.jdk.JdkHttpClientBuilder;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.PartialResponse;
import dev.langchain4j.model.chat.response.PartialResponseContext;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.chat.response.StreamingHandle;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import dev.langchain4j.model.output.TokenUsage;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.oscetrainer.catalog.Scenario;
import org.oscetrainer.patient.Exchange;
import org.oscetrainer.patient.LlmProperties;
import org.oscetrainer.patient.PatientReply;
import org.oscetrainer.patient.PatientUnavailableException;
import org.oscetrainer.patient.ReplyStream;
import org.oscetrainer.patient.StandardizedPatient;

/**
 * The LLM patient: LangChain4j's OpenAI-compatible streaming client to the hospital's cluster, with
 * a watchdog that fails the reply when the first token is late or the stream stalls between tokens
 * (LangChain4j has no idle timeout for streams).
 */
public class LlmPatient implements StandardizedPatient {

    public static final String ENGINE = "llm";

    private final StreamingChatModel model;
    private final LlmProperties properties;
    private final PatientPrompt prompt;
    private final ScheduledExecutorService scheduler;

    public LlmPatient(LlmProperties properties, PatientPrompt prompt, ScheduledExecutorService scheduler) {
        this.properties = properties;
        this.prompt = prompt;
        this.scheduler = scheduler;
        this.model = OpenAiStreamingChatModel.builder()
                .baseUrl(properties.baseUrl())
                .apiKey(properties.apiKey() == null || properties.apiKey().isBlank() ? "none" : properties.apiKey())
                .modelName(properties.model())
                .temperature(properties.temperature())
                .maxTokens(properties.maxTokens())
                // vLLM answers 400 to the JDK client's h2c upgrade on plain http: force HTTP/1.1
                .httpClientBuilder(new JdkHttpClientBuilder()
                        .httpClientBuilder(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1))
                        .connectTimeout(Duration.ofSeconds(5))
                        .readTimeout(properties.firstTokenTimeout().plus(properties.idleTimeout())))
                .build();
    }

    @Override
    public String engine() {
        return ENGINE;
    }

    @Override
    public void reply(Scenario scenario, List<Exchange> history, String question, ReplyStream stream) {
        reply(scenario, history, question, stream, false);
    }

    /**
     * Answers {@code question}; {@code reminded} appends the guardrails' reminder to the system
     * prompt, for the one new attempt after a reply broke a guardrail.
     */
    public void reply(Scenario scenario, List<Exchange> history, String question, ReplyStream stream, boolean reminded) {
        List<ChatMessage> messages = new ArrayList<>();
        messages.add(SystemMessage.from(reminded ? prompt.remindedSystemMessage(scenario) : prompt.systemMessage(scenario)));
        for (Exchange e : history) {
            messages.add(e.speaker() == Exchange.Speaker.STUDENT ? UserMessage.from(e.text()) : AiMessage.from(e.text()));
        }
        messages.add(UserMessage.from(question));
        Watched watched = new Watched(stream, System.nanoTime(), reminded ? prompt.remindedHash() : prompt.hash());
        watched.watchdog = scheduler.scheduleAtFixedRate(watched::check, 100, 100, TimeUnit.MILLISECONDS);
        try {
            model.chat(messages, watched);
        } catch (RuntimeException e) {
            watched.fail(new PatientUnavailableException("The LLM endpoint could not be called: " + e.getMessage(), e));
        }
    }

    /** One streaming reply under watch: passes tokens on, fails it once on error, lateness or stall. */
    private final class Watched implements StreamingChatResponseHandler {

        private final ReplyStream stream;
        private final long startNanos;
        private final String promptHash;
        private final AtomicBoolean finished = new AtomicBoolean();
        private final AtomicLong lastTokenNanos = new AtomicLong();
        private final AtomicLong firstTokenMillis = new AtomicLong(-1);
        private final AtomicReference<StreamingHandle> handle = new AtomicReference<>();
        private final StringBuilder text = new StringBuilder();
        private volatile ScheduledFuture<?> watchdog;

        Watched(ReplyStream stream, long startNanos, String promptHash) {
            this.stream = stream;
            this.startNanos = startNanos;
            this.promptHash = promptHash;
        }

        @Override
        public void onPartialResponse(PartialResponse partial, PartialResponseContext context) {
            handle.compareAndSet(null, context.streamingHandle());
            if (finished.get()) {
                context.streamingHandle().cancel();
                return;
            }
            long now = System.nanoTime();
            firstTokenMillis.compareAndSet(-1, (now - startNanos) / 1_000_000);
            lastTokenNanos.set(now);
            synchronized (text) {
                text.append(partial.text());
            }
            stream.token(partial.text());
        }

        @Override
        public void onCompleteResponse(ChatResponse response) {
            if (!finished.compareAndSet(false, true)) {
                return;
            }
            cancelWatchdog();
            String full = response.aiMessage() != null && response.aiMessage().text() != null
                    ? response.aiMessage().text() : text.toString();
            if (full.isBlank()) {
                stream.failed(new PatientUnavailableException("The LLM returned an empty reply"));
                return;
            }
            TokenUsage usage = response.tokenUsage();
            stream.completed(new PatientReply(full.strip(), ENGINE, properties.model(), promptHash,
                    Math.max(0, firstTokenMillis.get()),
                    usage == null ? null : usage.inputTokenCount(), usage == null ? null : usage.outputTokenCount()));
        }

        @Override
        public void onError(Throwable error) {
            fail(new PatientUnavailableException("The LLM endpoint failed: " + error.getMessage(), error));
        }

        void check() {
            long now = System.nanoTime();
            long last = lastTokenNanos.get();
            if (last == 0 && now - startNanos > properties.firstTokenTimeout().toNanos()) {
                fail(new PatientUnavailableException("No reply from the LLM within " + properties.firstTokenTimeout().toSeconds() + " s"));
            } else if (last != 0 && now - last > properties.idleTimeout().toNanos()) {
                fail(new PatientUnavailableException("The LLM stream stalled for more than " + properties.idleTimeout().toSeconds() + " s"));
            }
        }

        void fail(PatientUnavailableException error) {
            if (!finished.compareAndSet(false, true)) {
                return;
            }
            cancelWatchdog();
            StreamingHandle h = handle.get();
            if (h != null) {
                h.cancel();
            }
            stream.failed(error);
        }

        private void cancelWatchdog() {
            ScheduledFuture<?> w = watchdog;
            if (w != null) {
                w.cancel(false);
            }
        }
    }
}
