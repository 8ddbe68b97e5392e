package org.oscetrainer.patient.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.ToDoubleFunction;
import org.oscetrainer.patient.GuardrailVerdict;
import org.oscetrainer.patient.PatientReply;
import org.oscetrainer.patient.PatientUnavailableException;
import org.oscetrainer.patient.ReplyStream;
import org.springframework.stereotype.Component;

/**
 * The patient's figures for Prometheus (docs/operations.md): the time from the question to the first
 * token the student sees, tokens shown, replies by engine and guardrail verdict, replies handed to
 * the scripted engine, and the guardrails' tallies. Each node counts its own; Prometheus adds them up.
 */
@Component
public class PatientMetrics {

    /** For code that builds a patient service by hand (tests): counts into a registry nobody reads. */
    public static final PatientMetrics NONE = new PatientMetrics(new SimpleMeterRegistry());

    private final MeterRegistry registry;
    private final Counter fallbacks;
    private final Counter failures;

    public PatientMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.fallbacks = Counter.builder("osce.patient.fallbacks")
                .description("LLM replies the scripted engine answered instead (degraded mode)").register(registry);
        this.failures = Counter.builder("osce.patient.failures")
                .description("Replies that failed with no answer (LLM down and no fallback)").register(registry);
    }

    /** Publishes the guardrails' tallies as counters. */
    public void watch(GuardrailTally tally) {
        counter("osce.guardrails.checked", "llm", tally, t -> t.llmChecked.get());
        counter("osce.guardrails.broken", "llm", tally, t -> t.llmBroken.get());
        counter("osce.guardrails.regenerated", "llm", tally, t -> t.regenerated.get());
        counter("osce.guardrails.replaced", "llm", tally, t -> t.replacedByScripted.get());
        counter("osce.guardrails.checked", "scripted", tally, t -> t.scriptedChecked.get());
        counter("osce.guardrails.broken", "scripted", tally, t -> t.scriptedFlagged.get());
    }

    private void counter(String name, String engine, GuardrailTally tally, ToDoubleFunction<GuardrailTally> f) {
        FunctionCounter.builder(name, tally, f).tag("engine", engine)
                .description("Guardrail decisions since this node started").register(registry);
    }

    /** Wraps the stream a reply goes to, timing it from now (the question handed to the patient). */
    public ReplyStream metered(String engine, ReplyStream stream) {
        return new Metered(engine, System.nanoTime(), stream);
    }

    private final class Metered implements ReplyStream {

        private final String engine;
        private final long start;
        private final ReplyStream stream;
        private final AtomicBoolean first = new AtomicBoolean();
        /** Looked up once per reply, not at every token (a meter's id is built and looked up at each register). */
        private final Counter tokens;

        Metered(String engine, long start, ReplyStream stream) {
            this.engine = engine;
            this.start = start;
            this.stream = stream;
            this.tokens = Counter.builder("osce.patient.tokens").description("Tokens shown to students").tag("engine", engine)
                    .register(registry);
        }

        @Override
        public void token(String token) {
            if (first.compareAndSet(false, true)) {
                Timer.builder("osce.patient.first.token")
                        .description("From the question handed to the patient to the first token shown to the student")
                        .tag("engine", engine)
                        .publishPercentileHistogram()
                        .minimumExpectedValue(Duration.ofMillis(5))
                        .maximumExpectedValue(Duration.ofSeconds(30))
                        .register(registry)
                        .record(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS);
            }
            tokens.increment();
            stream.token(token);
        }

        @Override
        public void completed(PatientReply reply) {
            GuardrailVerdict.Outcome verdict = reply.guardrail() == null ? GuardrailVerdict.Outcome.UNCHECKED
                    : reply.guardrail().outcome();
            Counter.builder("osce.patient.replies").description("Replies committed, by engine and guardrail verdict")
                    .tag("engine", reply.engine()).tag("verdict", verdict.name())
                    .register(registry).increment();
            stream.completed(reply);
        }

        @Override
        public void failed(PatientUnavailableException error) {
            failures.increment();
            stream.failed(error);
        }

        @Override
        public void degraded(String reason) {
            fallbacks.increment();
            stream.degraded(reason);
        }

        @Override
        public void retract() {
            stream.retract();
        }
    }
}
