package org.oscetrainer.patient;

import org.oscetrainer.llm.LlmProperties;
import org.oscetrainer.llm.LlmResilienceProperties;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oscetrainer.patient.FakeOpenAiServer.Script;
import org.oscetrainer.patient.internal.LlmPatient;
import org.oscetrainer.patient.internal.LlmResilience;
import org.oscetrainer.patient.internal.PatientPrompt;

/** Retry, circuit breaker and bulkhead of the LLM patient, over real HTTP to a local fake endpoint. */
class LlmResilienceTest {

    private FakeOpenAiServer server;
    private ScheduledExecutorService scheduler;

    @BeforeEach
    void start() throws Exception {
        server = new FakeOpenAiServer();
        scheduler = Executors.newScheduledThreadPool(2);
    }

    @AfterEach
    void stop() {
        server.close();
        scheduler.shutdownNow();
    }

    private LlmPatient patient(LlmResilienceProperties resilience) {
        return new LlmPatient(new LlmProperties(server.baseUrl(), "test-model", null, 0.4, 200,
                Duration.ofMillis(1500), Duration.ofMillis(700)), new PatientPrompt(), scheduler,
                new LlmResilience(resilience, scheduler));
    }

    private static LlmResilienceProperties settings(int attempts, int concurrent, Duration maxWait, Duration openFor) {
        return new LlmResilienceProperties(attempts, Duration.ofMillis(50), concurrent, maxWait, 4, 2, 50, openFor);
    }

    private RecordingStream ask(LlmPatient patient) {
        RecordingStream stream = new RecordingStream();
        patient.reply(TestScenarios.chestPain(), List.of(), "When did it start?", stream);
        return stream;
    }

    @Test
    void aReplyThatFailsBeforeItsFirstTokenIsTriedOnceMore() throws Exception {
        LlmPatient patient = patient(LlmResilienceProperties.defaults());
        server.scriptInOrder(Script.error(503));
        server.script(Script.streaming("An ", "hour ", "ago."));

        PatientReply reply = ask(patient).await();

        assertThat(reply.text()).isEqualTo("An hour ago.");
        assertThat(server.requests()).hasSize(2);
    }

    @Test
    void theRetryBudgetIsSmallAnEndpointThatKeepsFailingIsCalledTwiceNotMore() throws Exception {
        LlmPatient patient = patient(LlmResilienceProperties.defaults());
        server.script(Script.error(503));

        Throwable failure = ask(patient).awaitFailure();

        assertThat(failure).hasMessageContaining("LLM endpoint failed");
        assertThat(server.requests()).hasSize(2);
    }

    @Test
    void aStallAfterTheFirstTokenIsNotRetriedTheStudentHasAlreadySeenPartOfTheReply() throws Exception {
        LlmPatient patient = patient(LlmResilienceProperties.defaults());
        server.script(Script.stallAfter(1, "It ", "never ", "ends"));

        assertThat(ask(patient).awaitFailure()).hasMessageContaining("stalled");
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void afterRepeatedFailuresTheCircuitOpensAndRepliesFailFastUntilATrialSucceeds() throws Exception {
        LlmPatient patient = patient(settings(1, 8, Duration.ofSeconds(1), Duration.ofMillis(800)));
        server.script(Script.error(500));
        ask(patient).awaitFailure();
        ask(patient).awaitFailure();
        assertThat(server.requests()).hasSize(2);

        long start = System.nanoTime();
        Throwable fast = ask(patient).awaitFailure();
        assertThat(fast).hasMessageContaining("circuit breaker open");
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(500);
        assertThat(server.requests()).as("an open circuit does not call the endpoint").hasSize(2);

        server.script(Script.streaming("Better ", "now."));
        Thread.sleep(900);
        assertThat(ask(patient).await().text()).isEqualTo("Better now.");
        assertThat(ask(patient).await().text()).as("the circuit closed again").isEqualTo("Better now.");
        assertThat(server.requests()).hasSize(4);
    }

    @Test
    void theBulkheadCapsConcurrentGenerationsAndAReplyThatCannotGetAPlaceInTimeIsRejected() throws Exception {
        LlmPatient patient = patient(settings(1, 1, Duration.ofMillis(300), Duration.ofSeconds(30)));
        server.script(Script.slowStart(Duration.ofMillis(1000), "Slowly."));

        RecordingStream first = ask(patient);
        Thread.sleep(100);
        RecordingStream second = ask(patient);

        assertThat(second.awaitFailure()).isInstanceOf(LlmBusyException.class).hasMessageContaining("busy")
                .hasMessageContaining("max-concurrent-generations");
        assertThat(first.await().text()).isEqualTo("Slowly.");
        assertThat(server.requests()).as("the rejected reply never reached the endpoint").hasSize(1);

        server.script(Script.streaming("Free ", "again."));
        assertThat(ask(patient).await().text()).as("the place was given back").isEqualTo("Free again.");
    }

    @Test
    void aReplyWaitsForAPlaceThatFreesUpWithinTheMaximumWait() throws Exception {
        LlmPatient patient = patient(settings(1, 1, Duration.ofSeconds(3), Duration.ofSeconds(30)));
        server.script(Script.slowStart(Duration.ofMillis(400), "Done."));

        RecordingStream first = ask(patient);
        Thread.sleep(50);
        RecordingStream second = ask(patient);

        assertThat(first.await().text()).isEqualTo("Done.");
        assertThat(second.await().text()).isEqualTo("Done.");
        assertThat(server.requests()).hasSize(2);
    }

    @Test
    void repliesWaitingForAPlaceAreServedFirstComeFirstServedAndEachNodeTakesItsShare() throws Exception {
        java.util.concurrent.ScheduledExecutorService threads = java.util.concurrent.Executors.newScheduledThreadPool(2);
        try {
            org.oscetrainer.patient.internal.LlmResilience bulkhead = new org.oscetrainer.patient.internal.LlmResilience(
                    settings(1, 1, Duration.ofSeconds(5), Duration.ofSeconds(30)), threads);
            java.util.List<Integer> order = new java.util.concurrent.CopyOnWriteArrayList<>();
            bulkhead.admit(() -> order.add(0), e -> order.add(-100));
            for (int i = 1; i <= 5; i++) {
                int n = i;
                bulkhead.admit(() -> order.add(n), e -> order.add(-n));
            }
            assertThat(order).containsExactly(0);
            assertThat(bulkhead.waitingReplies()).isEqualTo(5);
            for (int i = 1; i <= 5; i++) {
                bulkhead.release();
                long until = System.nanoTime() + 2_000_000_000L;
                while (order.size() <= i && System.nanoTime() < until) {
                    Thread.sleep(5);
                }
            }
            assertThat(order).as("in the order they came").containsExactly(0, 1, 2, 3, 4, 5);
            assertThat(new org.oscetrainer.patient.internal.LlmResilience(
                    settings(1, 10, Duration.ofSeconds(1), Duration.ofSeconds(30)), threads, 4).generationPlaces())
                    .as("a cluster of 10 shared by 4 nodes").isEqualTo(3);
        } finally {
            threads.shutdownNow();
        }
    }
}
