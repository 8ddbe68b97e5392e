package org.oscetrainer.patient.internal;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.PartialResponse;
import dev.langchain4j.model.chat.response.PartialResponseContext;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.chat.response.StreamingHandle;
import dev.langchain4j.model.output.TokenUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.oscetrainer.catalog.Scenario;
import org.oscetrainer.llm.LlmClients;
import org.oscetrainer.llm.LlmProperties;
import org.oscetrainer.llm.LlmResilienceProperties;
import org.oscetrainer.patient.Exchange;
import org.oscetrainer.patient.PatientReply;
import org.oscetrainer.patient.PatientUnavailableException;
import org.oscetrainer.patient.ReplyAbandonedException;
import org.oscetrainer.patient.ReplyStream;
import org.oscetrainer.patient.StandardizedPatient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The LLM patient: LangChain4j's OpenAI-compatible streaming client to the hospital's cluster, with
 * a watchdog that fails the reply when the first token is late or the stream stalls between tokens
 * (LangChain4j has no idle timeout for streams). Calls go through {@link LlmResilience}: bulkhead,
 * circuit breaker, and one more try for a reply that fails before its first token.
 */
public class LlmPatient implements StandardizedPatient {

    private static final Logger log = LoggerFactory.getLogger(LlmPatient.class);

    public static final String ENGINE = "llm";

    /**
     * Where the model is called, never on the asker's thread. LangChain4j's JDK client reads the stream in a
     * continuation of the response's future; when the response's headers are in before that continuation is attached
     * (a model that answers its headers at once, and the asking thread paused a moment by the scheduler), the
     * continuation runs on the calling thread and reads the whole reply there. Called from the question's thread,
     * that held the question's {@code asked} frame, and so every token behind it, until the reply's end (measured:
     * about one turn in 250 at 50 students, all its tokens shown at once ~620 ms late; docs/performance.md).
     */
    private static final java.util.concurrent.ExecutorService CALLS = java.util.concurrent.Executors.newCachedThreadPool(
            new java.util.concurrent.ThreadFactory() {
                private final AtomicLong count = new AtomicLong();

                @Override
                public Thread newThread(Runnable r) {
                    Thread t = new Thread(r, "llm-call-" + count.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                }
            });

    private final StreamingChatModel model;
    private final LlmProperties properties;
    private final PatientPrompt prompt;
    private final ScheduledExecutorService scheduler;
    private final LlmResilience resilience;

    public LlmPatient(LlmProperties properties, PatientPrompt prompt, ScheduledExecutorService scheduler) {
        this(properties, prompt, scheduler, new LlmResilience(LlmResilienceProperties.defaults(), scheduler));
    }

    public LlmPatient(LlmProperties properties, PatientPrompt prompt, ScheduledExecutorService scheduler,
            LlmResilience resilience) {
        this(new LlmClients(properties).streaming(), properties, prompt, scheduler, resilience);
    }

    /** @param model the streaming client to the cluster ({@link LlmClients#streaming()}) */
    public LlmPatient(StreamingChatModel model, LlmProperties properties, PatientPrompt prompt,
            ScheduledExecutorService scheduler, LlmResilience resilience) {
        this.model = model;
        this.properties = properties;
        this.prompt = prompt;
        this.scheduler = scheduler;
        this.resilience = resilience;
    }

    @Override
    public String engine() {
        return ENGINE;
    }

    @Override
    public void reply(Scenario scenario, List<Exchange> history, String question, ReplyStream stream) {
        reply(scenario, history, question, stream, false);
    }

    @Override
    public boolean generated() {
        return true;
    }

    @Override
    public void replyReminded(Scenario scenario, List<Exchange> history, String question, ReplyStream stream) {
        reply(scenario, history, question, stream, true);
    }

    private void reply(Scenario scenario, List<Exchange> history, String question, ReplyStream stream, boolean reminded) {
        List<ChatMessage> messages = new ArrayList<>();
        messages.add(SystemMessage.from(reminded ? prompt.remindedSystemMessage(scenario) : prompt.systemMessage(scenario)));
        for (Exchange e : history) {
            messages.add(e.speaker() == Exchange.Speaker.STUDENT ? UserMessage.from(e.text()) : AiMessage.from(e.text()));
        }
        messages.add(UserMessage.from(question));
        String promptHash = reminded ? prompt.remindedHash() : prompt.hash();
        resilience.admit(() -> generate(messages, new Generation(stream), promptHash), stream::failed);
    }

    /** Tries the reply, again when it fails before its first token, and fails it when the tries run out. */
    private void generate(List<ChatMessage> messages, Generation generation, String promptHash) {
        resilience.withRetry(() -> attempt(messages, generation, promptHash)).whenComplete((started, error) -> {
            if (error != null) {
                generation.fail(LlmResilience.unwrap(error));
            }
        });
    }

    /** One call to the endpoint; the returned stage completes at the first token or fails before it. */
    private CompletionStage<Void> attempt(List<ChatMessage> messages, Generation generation, String promptHash) {
        if (!resilience.tryCall()) {
            return CompletableFuture.failedFuture(resilience.circuitOpen());
        }
        Watched watched = new Watched(generation, System.nanoTime(), promptHash);
        watched.watchdog = scheduler.scheduleAtFixedRate(watched::check, 100, 100, TimeUnit.MILLISECONDS);
        try {
            CALLS.execute(() -> call(messages, watched));
        } catch (RuntimeException e) { // rejected: the JVM is shutting down
            watched.fail(new PatientUnavailableException("The LLM endpoint could not be called: " + e.getMessage(), e),
                    true);
        }
        return watched.firstToken;
    }

    private void call(List<ChatMessage> messages, Watched watched) {
        try {
            model.chat(messages, watched);
        } catch (RuntimeException e) {
            watched.fail(new PatientUnavailableException("The LLM endpoint could not be called: " + e.getMessage(), e),
                    true);
        }
    }

    /** A reply across its tries: ends exactly once, and then frees its place in the bulkhead. */
    private final class Generation {

        private final ReplyStream stream;
        private final AtomicBoolean ended = new AtomicBoolean();

        Generation(ReplyStream stream) {
            this.stream = stream;
        }

        void complete(PatientReply reply) {
            if (ended.compareAndSet(false, true)) {
                resilience.release();
                stream.completed(reply);
            }
        }

        void fail(PatientUnavailableException error) {
            if (ended.compareAndSet(false, true)) {
                resilience.release();
                stream.failed(error);
            }
        }
    }

    /** One streaming reply under watch: passes tokens on, fails it once on error, lateness or stall. */
    private final class Watched implements StreamingChatResponseHandler {

        private final Generation generation;
        private final ReplyStream stream;
        private final long startNanos;
        private final CompletableFuture<Void> firstToken = new CompletableFuture<>();
        private final String promptHash;
        private final AtomicBoolean finished = new AtomicBoolean();
        private final AtomicLong lastTokenNanos = new AtomicLong();
        private final AtomicLong firstTokenMillis = new AtomicLong(-1);
        private final AtomicReference<StreamingHandle> handle = new AtomicReference<>();
        private final StringBuilder text = new StringBuilder();
        private volatile ScheduledFuture<?> watchdog;

        Watched(Generation generation, long startNanos, String promptHash) {
            this.generation = generation;
            this.stream = generation.stream;
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
            firstToken.complete(null);
            try {
                stream.token(partial.text());
            } catch (RuntimeException e) {
                givenUp(e);
            }
        }

        /**
         * The reply's receiving side refused a token ({@link ReplyAbandonedException}: it gave the
         * reply up and told the student; or it threw): the model's stream is cancelled and its place freed. Not the
         * model's failure (its tokens came): the circuit breaker counts a success. The reply ends failed, which a
         * receiver that gave it up ignores.
         */
        private void givenUp(RuntimeException refusal) {
            if (!finished.compareAndSet(false, true)) {
                return;
            }
            cancelWatchdog();
            resilience.succeeded(System.nanoTime() - startNanos);
            StreamingHandle h = handle.get();
            if (h != null) {
                h.cancel();
            }
            if (!(refusal instanceof ReplyAbandonedException)) {
                log.error("A patient reply's token could not be passed on; the model's stream is cancelled", refusal);
            }
            generation.fail(new PatientUnavailableException("The reply was given up: " + refusal.getMessage(), refusal));
        }

        @Override
        public void onCompleteResponse(ChatResponse response) {
            if (!finished.compareAndSet(false, true)) {
                return;
            }
            cancelWatchdog();
            resilience.succeeded(System.nanoTime() - startNanos);
            String full = response.aiMessage() != null && response.aiMessage().text() != null
                    ? response.aiMessage().text() : text.toString();
            if (full.isBlank()) {
                PatientUnavailableException empty = new PatientUnavailableException("The LLM returned an empty reply");
                if (!firstToken.completeExceptionally(empty)) {
                    generation.fail(empty);
                }
                return;
            }
            firstToken.complete(null);
            TokenUsage usage = response.tokenUsage();
            generation.complete(new PatientReply(full.strip(), ENGINE, properties.model(), promptHash,
                    Math.max(0, firstTokenMillis.get()),
                    usage == null ? null : usage.inputTokenCount(), usage == null ? null : usage.outputTokenCount()));
        }

        @Override
        public void onError(Throwable error) {
            // an HTTP error or a refused connection, before any token: worth one more try
            fail(new PatientUnavailableException("The LLM endpoint failed: " + error.getMessage(), error), true);
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
            fail(error, false);
        }

        /** Ends this try: before the first token the retry decides what comes next, after it the reply fails. */
        void fail(PatientUnavailableException error, boolean retryable) {
            if (!finished.compareAndSet(false, true)) {
                return;
            }
            cancelWatchdog();
            resilience.failed(System.nanoTime() - startNanos, error);
            StreamingHandle h = handle.get();
            if (h != null) {
                h.cancel();
            }
            boolean beforeFirstToken = firstToken.completeExceptionally(
                    retryable ? new LlmResilience.RetryableFailure(error) : error);
            if (!beforeFirstToken) {
                generation.fail(error);
            }
        }

        private void cancelWatchdog() {
            ScheduledFuture<?> w = watchdog;
            if (w != null) {
                w.cancel(false);
            }
        }
    }
}
