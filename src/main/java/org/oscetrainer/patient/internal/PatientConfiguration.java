package org.oscetrainer.patient.internal;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.oscetrainer.llm.LlmClients;
import org.oscetrainer.llm.LlmProperties;
import org.oscetrainer.llm.LlmResilienceProperties;
import org.oscetrainer.patient.PatientProperties;
import org.oscetrainer.patient.StandardizedPatient;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Chooses the patient engine from {@code osce.patient.engine}. The engines share two threads for
 * streaming and watchdogs; they are kept out of the bean registry so that Spring's own
 * {@code @Scheduled} jobs do not run on them.
 */
@Configuration(proxyBeanMethods = false)
class PatientConfiguration implements DisposableBean {

    private final ScheduledExecutorService threads;
    /** The blocking calls of {@code llm-script} to the model: as many at once as the bulkhead lets through. */
    private final ExecutorService choiceCalls;

    PatientConfiguration() {
        this.threads = Executors.newScheduledThreadPool(2, daemons("patient-"));
        this.choiceCalls = Executors.newCachedThreadPool(daemons("fact-choice-"));
    }

    private static ThreadFactory daemons(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    @Bean
    ScriptedPatient scriptedPatient(PatientProperties properties) {
        return new ScriptedPatient(threads, properties.tokenDelay().toMillis());
    }

    @Bean
    @Primary
    StandardizedPatient standardizedPatient(PatientProperties properties, LlmProperties llm, LlmClients clients,
            LlmResilienceProperties resilience, ScriptedPatient scripted,
            @org.springframework.beans.factory.annotation.Value("${osce.cluster.nodes:1}") int nodes,
            io.micrometer.core.instrument.MeterRegistry registry) {
        return switch (properties.engine()) {
            case ScriptedPatient.ENGINE -> scripted;
            case LlmPatient.ENGINE -> new LlmPatient(clients.streaming(), llm, new PatientPrompt(), threads,
                    metered(new LlmResilience(resilience, threads, nodes), registry));
            case ScriptChoicePatient.ENGINE -> new ScriptChoicePatient(clients, properties.choiceTimeout(), scripted,
                    metered(new LlmResilience(resilience, threads, nodes), registry), choiceCalls);
            default -> throw new IllegalStateException("osce.patient.engine must be 'scripted', 'llm' or 'llm-script', not '"
                    + properties.engine() + "'");
        };
    }

    /**
     * The node's gate for the guard's checks ({@code osce.guard.concurrent-checks}, {@link CheckGate}), with the
     * number of replies waiting for a check as a gauge.
     */
    @Bean
    CheckGateSetting checkGate(org.oscetrainer.patient.GuardProperties guard,
            io.micrometer.core.instrument.MeterRegistry registry) {
        CheckGate.share(guard.checksAtOnce());
        io.micrometer.core.instrument.Gauge.builder("osce.guard.checks.waiting", () -> CheckGate.shared().waiting())
                .description("LLM replies waiting for the guard's check on this node").register(registry);
        return new CheckGateSetting(guard.checksAtOnce());
    }

    /** The gate's size as set at start-up. */
    record CheckGateSetting(int checksAtOnce) {
    }

    /** The guard's judge, only with {@code osce.guard.judge=llm} (docs/guardrails.md). */
    @Bean
    @org.springframework.boot.autoconfigure.condition.ConditionalOnProperty(name = "osce.guard.judge", havingValue = "llm")
    LlmJudge llmJudge(LlmClients clients, org.oscetrainer.patient.GuardProperties guard) {
        return new LlmJudge(clients, guard);
    }

    /** The bulkhead's figures: replies waiting for a place, places free (docs/operations.md). */
    private static LlmResilience metered(LlmResilience resilience, io.micrometer.core.instrument.MeterRegistry registry) {
        io.micrometer.core.instrument.Gauge.builder("osce.llm.generations.waiting", resilience, LlmResilience::waitingReplies)
                .description("Replies waiting for a place in this node's share of the LLM cluster").register(registry);
        io.micrometer.core.instrument.Gauge.builder("osce.llm.generations.free", resilience, LlmResilience::freeGenerationPlaces)
                .description("Free places in this node's share of the LLM cluster").register(registry);
        io.micrometer.core.instrument.Gauge.builder("osce.llm.generations.places", resilience, LlmResilience::generationPlaces)
                .description("This node's share of the LLM cluster's capacity").register(registry);
        return resilience;
    }

    @Override
    public void destroy() {
        threads.shutdownNow();
        choiceCalls.shutdownNow();
    }
}
