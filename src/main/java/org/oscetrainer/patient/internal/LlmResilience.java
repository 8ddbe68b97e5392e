package org.oscetrainer.patient.internal;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.oscetrainer.patient.LlmBusyException;
import org.oscetrainer.patient.LlmResilienceProperties;
import org.oscetrainer.patient.PatientUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The LLM path's protections, all non-blocking because replies stream: a bulkhead caps the replies
 * generated at once (a reply waits for a place by polling, never by parking a thread), a circuit
 * breaker stops calling a cluster that keeps failing, and a retry tries again a reply that failed
 * before its first token.
 */
public class LlmResilience {

    private static final Logger log = LoggerFactory.getLogger(LlmResilience.class);
    private static final long POLL_MILLIS = 20;

    private final LlmResilienceProperties properties;
    private final ScheduledExecutorService scheduler;
    private final Bulkhead bulkhead;
    private final CircuitBreaker circuitBreaker;
    private final Retry retry;

    public LlmResilience(LlmResilienceProperties properties, ScheduledExecutorService scheduler) {
        this.properties = properties;
        this.scheduler = scheduler;
        this.bulkhead = Bulkhead.of("llm-patient", BulkheadConfig.custom()
                .maxConcurrentCalls(properties.maxConcurrentGenerations())
                .maxWaitDuration(Duration.ZERO)
                .build());
        this.circuitBreaker = CircuitBreaker.of("llm-patient", CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(properties.circuitWindow())
                .minimumNumberOfCalls(properties.circuitMinimumReplies())
                .failureRateThreshold(properties.circuitFailureRate())
                .waitDurationInOpenState(properties.circuitOpenFor())
                .permittedNumberOfCallsInHalfOpenState(1)
                .build());
        this.circuitBreaker.getEventPublisher().onStateTransition(event ->
                log.warn("LLM circuit breaker: {}", event.getStateTransition()));
        this.retry = Retry.of("llm-patient", RetryConfig.custom()
                .maxAttempts(Math.max(1, properties.maxAttempts()))
                .intervalFunction(IntervalFunction.of(properties.retryBackoff()))
                .retryOnException(LlmResilience::isRetryable)
                .failAfterMaxAttempts(false)
                .build());
    }

    /**
     * Runs {@code generation} once a place is free in the bulkhead, or rejects it when none frees up
     * in time. The generation must call {@link #release()} exactly once when it ends.
     */
    public void admit(Runnable generation, Consumer<PatientUnavailableException> rejected) {
        admit(System.nanoTime() + properties.maxWaitForGeneration().toNanos(), generation, rejected);
    }

    private void admit(long deadline, Runnable generation, Consumer<PatientUnavailableException> rejected) {
        if (bulkhead.tryAcquirePermission()) {
            generation.run();
        } else if (System.nanoTime() >= deadline) {
            rejected.accept(new LlmBusyException("The LLM is busy: " + properties.maxConcurrentGenerations()
                    + " replies are being generated (osce.llm.resilience.max-concurrent-generations)"));
        } else {
            scheduler.schedule(() -> admit(deadline, generation, rejected), POLL_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    /** Frees the generation's place in the bulkhead. */
    public void release() {
        bulkhead.onComplete();
    }

    /** Runs {@code attempt} and tries it again, after a pause, while it fails with a retryable error. */
    public <T> CompletionStage<T> withRetry(Supplier<CompletionStage<T>> attempt) {
        return retry.executeCompletionStage(scheduler, attempt);
    }

    /** Whether the circuit lets a call through now; if it does, the call's outcome must be recorded. */
    public boolean tryCall() {
        return circuitBreaker.tryAcquirePermission();
    }

    public void succeeded(long nanos) {
        circuitBreaker.onSuccess(nanos, TimeUnit.NANOSECONDS);
    }

    public void failed(long nanos, Throwable error) {
        circuitBreaker.onError(nanos, TimeUnit.NANOSECONDS, error);
    }

    public PatientUnavailableException circuitOpen() {
        return new PatientUnavailableException("The LLM failed repeatedly; it is not called for "
                + properties.circuitOpenFor().toSeconds() + " s (circuit breaker open)");
    }

    public String circuitState() {
        return circuitBreaker.getState().name();
    }

    public int freeGenerationPlaces() {
        return bulkhead.getMetrics().getAvailableConcurrentCalls();
    }

    /** A failure before the first token that is worth trying again (not a timeout). */
    public static final class RetryableFailure extends RuntimeException {
        public RetryableFailure(PatientUnavailableException cause) {
            super(cause.getMessage(), cause);
        }
    }

    static boolean isRetryable(Throwable error) {
        return error instanceof RetryableFailure
                || error instanceof CompletionException && error.getCause() instanceof RetryableFailure;
    }

    /** The patient-facing error behind what a retried attempt ended with. */
    static PatientUnavailableException unwrap(Throwable error) {
        Throwable e = error;
        while ((e instanceof CompletionException || e instanceof RetryableFailure) && e.getCause() != null) {
            e = e.getCause();
        }
        return e instanceof PatientUnavailableException p ? p
                : new PatientUnavailableException("The LLM endpoint failed: " + e.getMessage(), e);
    }
}
