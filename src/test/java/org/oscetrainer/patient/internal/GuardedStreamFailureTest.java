package org.oscetrainer.patient.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oscetrainer.catalog.HiddenDiagnosis;
import org.oscetrainer.catalog.Scenario;
import org.oscetrainer.catalog.StationFiles;
import org.oscetrainer.patient.PatientReply;
import org.oscetrainer.patient.PatientUnavailableException;
import org.oscetrainer.patient.ReplyAbandonedException;
import org.oscetrainer.patient.ReplyStream;
import org.slf4j.LoggerFactory;

/**
 * A check queued at the gate and run by a gate thread (perf21) on the station's real guardrails, with a check that a
 * test holds open or makes throw, and a student's stream that refuses a piece (its socket closed): the stream's thread
 * never waits for a running check, and whatever fails on a gate thread is logged once, fails the reply (the student is
 * told the patient could not answer) and refuses the model's next token, which cancels its stream (perf22).
 */
class GuardedStreamFailureTest {

    private final List<String> shown = new CopyOnWriteArrayList<>();
    private final List<String> outcomes = new CopyOnWriteArrayList<>();
    private final CountDownLatch ended = new CountDownLatch(1);
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
    private Guardrails guardrails;

    @BeforeEach
    void setUp() throws Exception {
        String source = Files.readString(Path.of("scenarios/chest-pain-en.yaml"), StandardCharsets.UTF_8);
        Scenario scenario = StationFiles.scenario("chest-pain-en.yaml", source).orElseThrow();
        HiddenDiagnosis hidden = StationFiles.hiddenDiagnosis("chest-pain-en.yaml", source);
        guardrails = Guardrails.forQuestion(scenario, hidden, List.of(), "When did it start?");
        logged.start();
        for (Class<?> c : List.of(GuardedStream.class, CheckGate.class)) {
            ((Logger) LoggerFactory.getLogger(c)).addAppender(logged);
        }
    }

    @AfterEach
    void tearDown() {
        for (Class<?> c : List.of(GuardedStream.class, CheckGate.class)) {
            ((Logger) LoggerFactory.getLogger(c)).detachAppender(logged);
        }
    }

    /**
     * A reply whose first six tokens were checked with a place free, then four more with every place taken by another
     * reply's check (the test holds the gate's one place): a check of this reply is queued at the gate.
     */
    private GuardedStream withACheckQueued(HeldChecks checks, CheckGate gate, List<String> tokens) {
        GuardedStream stream = new GuardedStream(checks, gate, System.nanoTime(), student(false), outcome());
        tokens.subList(0, 6).forEach(stream::token);
        gate.enter(CheckGate.LATER);
        tokens.subList(6, 10).forEach(stream::token); // a check queued
        return stream;
    }

    @Test
    void aCheckHeldOpenOnAGateThreadDoesNotHoldUpTheStreamAndTheTokensComeMeanwhileAreCheckedNext() throws Exception {
        HeldChecks checks = new HeldChecks(guardrails);
        CheckGate gate = new CheckGate(1);
        GuardedStream stream = new GuardedStream(checks, gate, System.nanoTime(), student(false), outcome());
        List<String> tokens = HarnessReplies.tokens(30);
        tokens.subList(0, 6).forEach(stream::token); // a place free: checked on this thread (words 1 and 5)
        assertThat(shown).containsExactly("It ", "started about an hour ");
        int checksBefore = stream.checks();

        gate.enter(CheckGate.LATER); // every place taken by other replies' checks
        tokens.subList(6, 10).forEach(stream::token); // a check queued
        checks.holdOnGateThreads();
        gate.leave(); // its turn: a gate thread runs it, and the test holds it open
        assertThat(checks.entered.await(5, TimeUnit.SECONDS)).isTrue();

        Thread streaming = new Thread(() -> tokens.subList(10, 20).forEach(stream::token), "model-stream");
        streaming.start();
        streaming.join(3_000);
        boolean heldUp = streaming.isAlive();
        checks.release();
        streaming.join(5_000);
        assertThat(heldUp).as("token() waited for the check running on a gate thread").isFalse();

        // the held check shows what it read (up to word 10); the tokens come meanwhile are read by the next check, queued
        // as soon as it ended, not at the reply's end
        awaitShown(String.join("", tokens.subList(0, 20)));
        assertThat(stream.checks()).isEqualTo(checksBefore + 2);
        assertThat(String.join("", shown)).isEqualTo(String.join("", tokens.subList(0, 20)));

        tokens.subList(20, 30).forEach(stream::token);
        String reply = String.join("", tokens).strip();
        stream.completed(new PatientReply(reply, "llm", "fake", "hash", 300, null, null));
        assertThat(outcomes).containsExactly("passed");
        assertThat(String.join("", shown).strip()).isEqualTo(reply);
        assertThat(errors()).isEmpty();
    }

    @Test
    void aCheckThatThrowsOnAGateThreadFailsTheReplyLogsOnceAndStopsTheModelsStream() throws Exception {
        HeldChecks checks = new HeldChecks(guardrails);
        CheckGate gate = new CheckGate(1);
        List<String> tokens = HarnessReplies.tokens(30);
        GuardedStream stream = withACheckQueued(checks, gate, tokens);
        checks.throwOnGateThreads();
        gate.leave(); // a gate thread runs it: it throws

        assertThat(ended.await(5, TimeUnit.SECONDS)).as("the reply failed").isTrue();
        assertThat(outcomes).containsExactly("abandoned, shown");
        assertThatThrownBy(() -> stream.token(tokens.get(10))).isInstanceOf(ReplyAbandonedException.class);
        stream.failed(new PatientUnavailableException("cancelled")); // what the model's side says once cancelled
        stream.completed(new PatientReply("It started about an hour ago.", "llm", "fake", "hash", 300, null, null));
        assertThat(outcomes).containsExactly("abandoned, shown"); // told once
        assertThat(String.join("", shown)).isEqualTo("It started about an hour "); // nothing more shown
        assertThat(errors()).hasSize(1);
        assertThat(errors().get(0).getThrowableProxy().getMessage()).isEqualTo("a check that fails on odd input");
        assertPlaceGivenBack(gate);
    }

    @Test
    void theFailureOfAReplyGivenUpGoesOutAfterAPieceBeingSentOnAnotherThreadNeverBeforeIt() throws Exception {
        HeldChecks checks = new HeldChecks(guardrails);
        CheckGate gate = new CheckGate(1);
        CountDownLatch pieceBeingSent = new CountDownLatch(1);
        CountDownLatch pieceMaySend = new CountDownLatch(1);
        List<String> told = new CopyOnWriteArrayList<>(); // pieces and the outcome, in the order the student got them
        ReplyStream slowStudent = new ReplyStream() {
            @Override
            public void token(String token) {
                if (Thread.currentThread().getName().startsWith("guard-check-") && pieceBeingSent.getCount() > 0) {
                    pieceBeingSent.countDown(); // a gate thread is sending a piece: the client is slow to take it
                    await(pieceMaySend);
                }
                told.add("piece");
            }

            @Override
            public void completed(PatientReply reply) {
            }

            @Override
            public void failed(PatientUnavailableException error) {
            }
        };
        GuardedStream stream = new GuardedStream(checks, gate, System.nanoTime(), slowStudent, outcome(told));
        List<String> tokens = HarnessReplies.tokens(30);
        tokens.subList(0, 6).forEach(stream::token); // shown on this thread

        gate.enter(CheckGate.LATER);
        tokens.subList(6, 10).forEach(stream::token); // a check queued
        checks.holdOnGateThreads();
        gate.leave(); // gate thread 1 runs it, held open
        assertThat(checks.entered.await(5, TimeUnit.SECONDS)).isTrue();
        tokens.subList(10, 20).forEach(stream::token); // read by the next check, queued when this one ends
        checks.throwOnNextGateCheckOnce(pieceBeingSent); // ... which throws while gate thread 1 sends its piece
        checks.release();

        // gate thread 2's check threw; the failure must wait for the piece gate thread 1 is sending
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (outcomes.isEmpty() && !blockedOnALock(checks.threw) && System.nanoTime() < until) {
            Thread.sleep(5);
        }
        assertThat(outcomes).as("the failure was told while a piece was being sent").isEmpty();
        pieceMaySend.countDown();

        assertThat(ended.await(5, TimeUnit.SECONDS)).as("the reply failed").isTrue();
        assertThat(told).endsWith("piece", "abandoned, shown"); // the piece, then the failure, and nothing after it
        assertThat(told).containsOnlyOnce("abandoned, shown");
        assertThatThrownBy(() -> stream.token(tokens.get(20))).isInstanceOf(ReplyAbandonedException.class);
        assertThat(errors()).hasSize(1);
        assertPlaceGivenBack(gate);
    }

    @Test
    void aCheckGivenUpInItsPlaceAtTheGateTellsTheFailureOutOfThePlace() throws Exception {
        HeldChecks checks = new HeldChecks(guardrails);
        CheckGate gate = new CheckGate(1);
        CountDownLatch telling = new CountDownLatch(1);
        CountDownLatch mayTell = new CountDownLatch(1);
        GuardedStream.Outcome recorded = outcome();
        GuardedStream.Outcome slowToTell = new GuardedStream.Outcome() { // the student's client slow to take the failure
            @Override
            public void passed(PatientReply reply) {
                recorded.passed(reply);
            }

            @Override
            public void broke(PatientReply reply, Violation violation, boolean shown) {
                recorded.broke(reply, violation, shown);
            }

            @Override
            public void failed(PatientUnavailableException error, boolean shown) {
                recorded.failed(error, shown);
            }

            @Override
            public void abandoned(PatientUnavailableException error, boolean shown) {
                telling.countDown();
                await(mayTell);
                recorded.abandoned(error, shown);
            }
        };
        GuardedStream stream = new GuardedStream(checks, gate, System.nanoTime(), student(false), slowToTell);
        List<String> tokens = HarnessReplies.tokens(30);
        tokens.subList(0, 6).forEach(stream::token);

        gate.enter(CheckGate.LATER);
        tokens.subList(6, 10).forEach(stream::token); // a check queued
        checks.throwOnGateThreads();
        gate.leave(); // a gate thread runs it: it throws

        assertThat(telling.await(5, TimeUnit.SECONDS)).isTrue();
        assertPlaceGivenBack(gate); // while the failure is being told
        mayTell.countDown();
        assertThat(ended.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(outcomes).containsExactly("abandoned, shown");
    }

    @Test
    void anErrorThrownByACheckOnAGateThreadGivesTheReplyUpAsAnExceptionDoes() throws Exception {
        HeldChecks checks = new HeldChecks(guardrails);
        CheckGate gate = new CheckGate(1);
        List<String> tokens = HarnessReplies.tokens(30);
        GuardedStream stream = withACheckQueued(checks, gate, tokens);
        checks.throwOnGateThreads(new StackOverflowError("a regular expression too deep for its text"));
        gate.leave();

        // before, the error escaped the check: its flag stayed queued for good, the outcome was never told
        assertThat(ended.await(5, TimeUnit.SECONDS)).as("the reply failed").isTrue();
        assertThat(outcomes).containsExactly("abandoned, shown");
        assertThatThrownBy(() -> stream.token(tokens.get(10))).isInstanceOf(ReplyAbandonedException.class);
        assertThat(String.join("", shown)).isEqualTo("It started about an hour ");
        assertThat(errors()).hasSize(1); // by the reply, not by the gate's last resort
        assertThat(errors().get(0).getLoggerName()).isEqualTo(GuardedStream.class.getName());
        assertPlaceGivenBack(gate);
    }

    @Test
    void anErrorThrownByTheWholeReplysCheckGivesTheReplyUpAndTheOutcomeIsTold() {
        HeldChecks checks = new HeldChecks(guardrails);
        CheckGate gate = new CheckGate(1);
        GuardedStream stream = new GuardedStream(checks, gate, System.nanoTime(), student(false), outcome());
        List<String> tokens = HarnessReplies.tokens(30);
        tokens.subList(0, 29).forEach(stream::token); // the last token comes with the reply: its whole text is read anew
        checks.throwEverywhere(new StackOverflowError("a regular expression too deep for its text"));

        stream.completed(new PatientReply(String.join("", tokens).strip(), "llm", "fake", "hash", 300, null, null));

        assertThat(outcomes).containsExactly("abandoned, shown"); // before: the error reached the model's thread, untold
        assertThat(errors()).hasSize(1);
    }

    @Test
    void outOfMemoryIsThrownAgainOnceTheReplyIsGivenUpAndTheStudentTold() {
        HeldChecks checks = new HeldChecks(guardrails);
        checks.throwEverywhere(new OutOfMemoryError("a test's, not the JVM's"));
        GuardedStream stream = new GuardedStream(checks, new CheckGate(1), System.nanoTime(), student(false), outcome());

        assertThatThrownBy(() -> stream.token("It ")).isInstanceOf(OutOfMemoryError.class);
        stream.failed(new PatientUnavailableException("cancelled"));

        assertThat(outcomes).containsExactly("abandoned");
        assertThat(errors()).hasSize(1);
    }

    @Test
    void aStudentsSocketClosedWhileAQueuedPieceIsSentFailsTheReplyLogsOnceAndStopsTheModelsStream() throws Exception {
        CheckGate gate = new CheckGate(1);
        GuardedStream stream = new GuardedStream(guardrails, gate, System.nanoTime(), student(true), outcome());
        List<String> tokens = HarnessReplies.tokens(30);
        tokens.subList(0, 6).forEach(stream::token); // shown on this thread

        gate.enter(CheckGate.LATER);
        tokens.subList(6, 10).forEach(stream::token); // a check queued; its piece will be sent by the gate thread
        gate.leave();

        assertThat(ended.await(5, TimeUnit.SECONDS)).as("the reply failed").isTrue();
        assertThat(outcomes).containsExactly("abandoned, shown");
        assertThatThrownBy(() -> stream.token(tokens.get(10))).isInstanceOf(ReplyAbandonedException.class);
        stream.failed(new PatientUnavailableException("cancelled"));
        assertThat(outcomes).containsExactly("abandoned, shown");
        assertThat(errors()).hasSize(1);
        assertThat(errors().get(0).getThrowableProxy().getMessage()).isEqualTo("the socket is closed");
        assertPlaceGivenBack(gate);
    }

    @Test
    void aCheckThatThrowsOnTheStreamsOwnThreadFailsTheReplyTheSameWay() {
        HeldChecks checks = new HeldChecks(guardrails);
        checks.throwEverywhere();
        GuardedStream stream = new GuardedStream(checks, new CheckGate(1), System.nanoTime(), student(false), outcome());

        assertThatThrownBy(() -> stream.token("It ")).isInstanceOf(ReplyAbandonedException.class);
        stream.failed(new PatientUnavailableException("cancelled"));

        assertThat(outcomes).containsExactly("abandoned");
        assertThat(shown).isEmpty();
        assertThat(errors()).hasSize(1);
    }

    private ReplyStream student(boolean closesAfterFirstPiece) {
        return new ReplyStream() {
            @Override
            public void token(String token) {
                if (closesAfterFirstPiece && !shown.isEmpty() && Thread.currentThread().getName().startsWith("guard-check-")) {
                    throw new IllegalStateException("the socket is closed");
                }
                shown.add(token);
            }

            @Override
            public void completed(PatientReply reply) {
            }

            @Override
            public void failed(PatientUnavailableException error) {
            }
        };
    }

    private GuardedStream.Outcome outcome() {
        return outcome(new CopyOnWriteArrayList<>());
    }

    /** The outcomes, also added to {@code told}. */
    private GuardedStream.Outcome outcome(List<String> told) {
        return new GuardedStream.Outcome() {
            @Override
            public void passed(PatientReply reply) {
                add("passed");
            }

            @Override
            public void broke(PatientReply reply, Violation violation, boolean shown) {
                add("broke " + violation.rule());
            }

            @Override
            public void failed(PatientUnavailableException error, boolean shown) {
                add("failed");
            }

            @Override
            public void abandoned(PatientUnavailableException error, boolean shown) {
                add(shown ? "abandoned, shown" : "abandoned");
            }

            private void add(String outcome) {
                outcomes.add(outcome);
                told.add(outcome);
                ended.countDown();
            }
        };
    }

    /** Whether {@code thread} waits to enter a monitor of a plain object (the lock that keeps a reply's pieces in order). */
    private static boolean blockedOnALock(Thread thread) {
        if (thread == null || thread.getState() != Thread.State.BLOCKED) {
            return false;
        }
        var info = java.lang.management.ManagementFactory.getThreadMXBean().getThreadInfo(thread.getId());
        return info != null && info.getLockInfo() != null && Object.class.getName().equals(info.getLockInfo().getClassName());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private List<ILoggingEvent> errors() {
        return logged.list.stream().filter(e -> e.getLevel() == Level.ERROR).toList();
    }

    private void awaitShown(String text) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!String.join("", shown).equals(text) && System.nanoTime() < until) {
            Thread.sleep(5);
        }
    }

    /** The gate's place came back: another check gets it at once. */
    private static void assertPlaceGivenBack(CheckGate gate) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (gate.waiting() > 0 && System.nanoTime() < until) {
            Thread.sleep(5);
        }
        Thread next = new Thread(() -> {
            gate.enter(CheckGate.LATER);
            gate.leave();
        });
        next.start();
        next.join(5_000);
        assertThat(next.isAlive()).as("the place was not given back").isFalse();
    }

    /** The station's real checks, which the test may hold open or make throw when run on a gate thread. */
    private static final class HeldChecks implements ReplyChecks {

        private final Guardrails real;
        final CountDownLatch entered = new CountDownLatch(1);
        private final CountDownLatch released = new CountDownLatch(1);
        private volatile boolean hold;
        private volatile Throwable failOnGate;
        private volatile Throwable failEverywhere;
        /** The next check on a gate thread waits for this, then throws, once. */
        private volatile CountDownLatch failNextOnGateAfter;
        /** The thread a check threw on, the last. */
        volatile Thread threw;

        HeldChecks(Guardrails real) {
            this.real = real;
        }

        void holdOnGateThreads() {
            hold = true;
        }

        void throwOnGateThreads() {
            throwOnGateThreads(new IllegalStateException("a check that fails on odd input"));
        }

        void throwOnGateThreads(Throwable failure) {
            failOnGate = failure;
        }

        void throwEverywhere() {
            throwEverywhere(new IllegalStateException("a check that fails on odd input"));
        }

        void throwEverywhere(Throwable failure) {
            failEverywhere = failure;
        }

        void throwOnNextGateCheckOnce(CountDownLatch after) {
            failNextOnGateAfter = after;
        }

        void release() {
            released.countDown();
        }

        @Override
        public Optional<Violation> check(String reply) {
            boolean onGate = Thread.currentThread().getName().startsWith("guard-check-");
            Throwable failure = failEverywhere != null ? failEverywhere : onGate ? failOnGate : null;
            if (onGate && failNextOnGateAfter != null && !hold) {
                CountDownLatch after = failNextOnGateAfter;
                failNextOnGateAfter = null;
                await(after);
                failure = new IllegalStateException("a check that fails on odd input");
            }
            if (failure != null) {
                threw = Thread.currentThread();
                throw sneaky(failure);
            }
            if (hold && onGate) {
                hold = false; // the first check on a gate thread only
                entered.countDown();
                try {
                    released.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return real.check(reply);
        }

        @SuppressWarnings("unchecked")
        private static <T extends Throwable> RuntimeException sneaky(Throwable failure) throws T {
            throw (T) failure;
        }

        @Override
        public int safeCut(String text, int upTo) {
            return real.safeCut(text, upTo);
        }

        @Override
        public boolean judged() {
            return real.judged();
        }

        @Override
        public Optional<Violation> judge(String reply) {
            return real.judge(reply);
        }
    }
}
