package org.oscetrainer.operations;

import org.oscetrainer.encounter.ConversationService;
import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.oscetrainer.SignedIn;
import org.oscetrainer.catalog.CatalogService;
import org.oscetrainer.encounter.EncounterService;
import org.oscetrainer.encounter.EncounterSummary;
import org.oscetrainer.encounter.TranscriptTurn;
import org.oscetrainer.encounter.TurnListener;
import org.oscetrainer.encounter.internal.ReplyClaim;
import org.oscetrainer.security.SystemIdentity;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Whole app instances in this JVM (each its own Tomcat on a random port, Spring context, scheduler
 * and memory) on one database: what several nodes, or one node restarted, must share.
 */
class SeveralNodesTest {

    static ConfigurableApplicationContext node(String name, String... properties) {
        return ClusterNodes.node(name, properties);
    }

    private static double runs(ConfigurableApplicationContext node, String job) {
        Counter c = node.getBean(MeterRegistry.class).find("osce.jobs.runs").tag("job", job).counter();
        return c == null ? 0 : c.count();
    }

    @Test
    void twoNodesRunAScheduledJobOnceAndShareTheOneQuestionAtATimeRule() throws Exception {
        // the daily audit purge fires every second on both nodes: ShedLock lets it run once
        String everySecond = "osce.audit.purge-cron=* * * * * *";
        // the suite's own app, on the same database, also takes the deadline job's lock now and then
        String deadlinesEverySecond = "osce.encounter.deadline-check-interval=1s";
        // a short reply lease, renewed every third of it by the node that holds the claim
        String lease = "osce.encounter.reply-lease=2s";
        try (ConfigurableApplicationContext a = node("a", everySecond, deadlinesEverySecond, lease);
                ConfigurableApplicationContext b = node("b", everySecond, deadlinesEverySecond, lease)) {
            Thread.sleep(4000);
            double onA = runs(a, "audit-retention");
            double onB = runs(b, "audit-retention");
            assertThat(onA + onB).as("runs of the audit purge on A (%s) and B (%s) over 4 s of both firing every second",
                    onA, onB).isEqualTo(1);
            assertThat(runs(a, "encounter-deadlines") + runs(b, "encounter-deadlines"))
                    .as("the deadline job still runs, on one node or the other").isPositive();

            long version = SystemIdentity.call(() -> a.getBean(CatalogService.class).latestStation("chest-pain-en").versionId());
            long encounter = SignedIn.as("nodes-student", "STUDENT",
                    () -> a.getBean(EncounterService.class).start(version)).id();
            ReplyClaim onNodeA = a.getBean(ReplyClaim.class);
            ReplyClaim onNodeB = b.getBean(ReplyClaim.class);
            assertThat(onNodeA.claim(encounter)).as("a question on A claims the reply").isTrue();
            assertThat(onNodeB.awaited(encounter)).as("B sees the reply awaited").isTrue();
            assertThat(onNodeB.claim(encounter)).as("a second question on B while A answers").isFalse();
            onNodeA.release(encounter);
            assertThat(onNodeB.claim(encounter)).as("after A's reply, B may take the next question").isTrue();
            onNodeB.release(encounter);

            // a reply that takes longer than the lease keeps its claim while its node lives (renewed) ...
            assertThat(onNodeA.claim(encounter)).isTrue();
            Thread.sleep(3500);
            assertThat(onNodeB.claim(encounter)).as("A renews its claim while it generates, past the 2 s lease").isFalse();
            // ... and loses it within one lease once that node is gone
            a.close();
            long gone = System.nanoTime();
            while (!onNodeB.claim(encounter)) {
                assertThat(Duration.ofNanos(System.nanoTime() - gone)).as("A's claim runs out within the lease")
                        .isLessThan(Duration.ofSeconds(4));
                Thread.sleep(100);
            }
            onNodeB.release(encounter);
        }
    }

    @Test
    void stoppingTheOnlyNodeDuringAnEncounterLosesNothingAndTheServerKeepsTheTime() throws Exception {
        long encounter;
        Instant deadline;
        List<TranscriptTurn> before;
        try (ConfigurableApplicationContext first = node("before-restart")) {
            ConversationService service = first.getBean(ConversationService.class);
            long version = SystemIdentity.call(() -> first.getBean(CatalogService.class).latestStation("chest-pain-en").versionId());
            EncounterSummary started = SignedIn.as("restart-student", "STUDENT", () -> first.getBean(EncounterService.class).start(version));
            encounter = started.id();
            deadline = started.deadlineAt();
            SignedIn.as("restart-student", "STUDENT", () -> ask(service, encounter, "When did the pain start?"));
            before = SignedIn.as("restart-student", "STUDENT", () -> service.transcript(encounter));
            assertThat(before).hasSize(3);
        }
        // the node is down; then it starts again (a new process would start the same way)
        try (ConfigurableApplicationContext again = node("after-restart")) {
            ConversationService service = again.getBean(ConversationService.class);
            long version = SystemIdentity.call(() -> again.getBean(CatalogService.class).latestStation("chest-pain-en").versionId());
            EncounterSummary resumed = SignedIn.as("restart-student", "STUDENT", () -> again.getBean(EncounterService.class).start(version));
            assertThat(resumed.id()).as("starting the station again resumes the open encounter").isEqualTo(encounter);
            assertThat(resumed.deadlineAt()).as("the deadline the server kept")
                    .isEqualTo(deadline.truncatedTo(java.time.temporal.ChronoUnit.MICROS));
            assertThat(resumed.endedAt()).isNull();
            assertThat(SignedIn.as("restart-student", "STUDENT", () -> service.transcript(encounter)))
                    .as("the transcript, intact").isEqualTo(before);

            TranscriptTurn reply = SignedIn.as("restart-student", "STUDENT",
                    () -> ask(service, encounter, "Does it spread anywhere?"));
            assertThat(reply.seq()).isEqualTo(5);
            assertThat(SignedIn.as("restart-student", "STUDENT", () -> service.transcript(encounter))).hasSize(5);
        }
    }

    private static TranscriptTurn ask(ConversationService service, long encounter, String question) {
        CompletableFuture<TranscriptTurn> replied = new CompletableFuture<>();
        service.ask(encounter, question, new TurnListener() {
            @Override public void token(String token) { }
            @Override public void degraded(String reason) { }
            @Override public void replied(TranscriptTurn turn) { replied.complete(turn); }
            @Override public void failed(String reason) { replied.completeExceptionally(new AssertionError(reason)); }
        });
        try {
            return replied.get(20, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
