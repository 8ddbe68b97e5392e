package org.oscetrainer.patient.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CheckGateTest {

    @Test
    void aReplyWaitingForItsFirstWordsGoesBeforeRepliesAlreadyStreaming() throws Exception {
        CheckGate gate = new CheckGate(1);
        gate.enter(CheckGate.LATER); // a check running
        List<String> order = new CopyOnWriteArrayList<>();
        Thread streaming = waiter(gate, CheckGate.LATER, "streaming", order);
        awaitWaiting(gate, 1);
        Thread laterStreaming = waiter(gate, CheckGate.LATER, "later streaming", order);
        awaitWaiting(gate, 2);
        Thread first = waiter(gate, CheckGate.FIRST_WORDS, "first words", order);
        awaitWaiting(gate, 3);

        gate.leave();
        for (Thread t : List.of(streaming, laterStreaming, first)) {
            t.join(5_000);
        }

        assertThat(order).containsExactly("first words", "streaming", "later streaming");
        assertThat(gate.waiting()).isZero();
    }

    @Test
    void aNewQuestionsWorkGoesBeforeEveryCheckAndTheOldestQuestionFirst() throws Exception {
        CheckGate gate = new CheckGate(1);
        gate.enter(CheckGate.LATER); // a check running
        List<String> order = new CopyOnWriteArrayList<>();
        long t0 = System.nanoTime();
        // they come to the gate in this order; their questions were asked in another
        List<Thread> threads = new java.util.ArrayList<>();
        threads.add(waiter(gate, CheckGate.LATER, t0 + 4, "streaming, asked 4th", order));
        awaitWaiting(gate, 1);
        threads.add(waiter(gate, CheckGate.LATER, t0 + 1, "streaming, asked 1st", order));
        awaitWaiting(gate, 2);
        threads.add(waiter(gate, CheckGate.FIRST_WORDS, t0 + 5, "first words, asked 5th", order));
        awaitWaiting(gate, 3);
        threads.add(waiter(gate, CheckGate.QUESTION, t0 + 7, "question asked 7th", order));
        awaitWaiting(gate, 4);
        threads.add(waiter(gate, CheckGate.FIRST_WORDS, t0 + 2, "first words, asked 2nd", order));
        awaitWaiting(gate, 5);
        threads.add(waiter(gate, CheckGate.QUESTION, t0 + 6, "question asked 6th", order));
        awaitWaiting(gate, 6);

        gate.leave();
        for (Thread t : threads) {
            t.join(5_000);
        }

        assertThat(order).containsExactly("question asked 6th", "question asked 7th", "first words, asked 2nd",
                "first words, asked 5th", "streaming, asked 1st", "streaming, asked 4th");
        assertThat(gate.waiting()).isZero();
    }

    @Test
    void aSubmittedCheckRunsAtOnceOnTheCallersThreadWhenAPlaceIsFreeElseLaterOnAGateThreadInTurn() throws Exception {
        CheckGate gate = new CheckGate(1);
        List<String> ran = new CopyOnWriteArrayList<>();
        Thread caller = Thread.currentThread();
        gate.submit(CheckGate.LATER, System.nanoTime(), true, () -> ran.add(Thread.currentThread() == caller ? "here" : "elsewhere"));
        assertThat(ran).containsExactly("here");

        gate.enter(CheckGate.LATER); // the place taken: submitting returns at once, the checks wait their turn
        long t0 = System.nanoTime();
        CountDownLatch done = new CountDownLatch(3);
        gate.submit(CheckGate.LATER, t0 + 3, true, () -> { ran.add("streaming, asked 3rd"); done.countDown(); });
        gate.submit(CheckGate.LATER, t0 + 1, true, () -> { ran.add("streaming, asked 1st"); done.countDown(); });
        gate.submit(CheckGate.FIRST_WORDS, t0 + 2, true, () -> {
            ran.add("first words on " + (Thread.currentThread().getName().startsWith("guard-check-") ? "a gate thread" : "?"));
            done.countDown();
        });
        assertThat(ran).hasSize(1);
        assertThat(gate.waiting()).isEqualTo(3);

        gate.leave();
        assertThat(done.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(ran).containsExactly("here", "first words on a gate thread", "streaming, asked 1st", "streaming, asked 3rd");
        awaitWaiting(gate, 0);
        gate.enter(CheckGate.LATER); // the place came back
        gate.leave();
    }

    @Test
    void neverMoreChecksAtOnceThanItsPlaces() throws Exception {
        CheckGate gate = new CheckGate(2);
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        int threads = 16;
        CountDownLatch done = new CountDownLatch(threads);
        for (int i = 0; i < threads; i++) {
            int priority = i % 2 == 0 ? CheckGate.FIRST_WORDS : CheckGate.LATER;
            start(() -> {
                for (int k = 0; k < 200; k++) {
                    gate.enter(priority);
                    try {
                        most.accumulateAndGet(inside.incrementAndGet(), Math::max);
                        Thread.onSpinWait();
                        inside.decrementAndGet();
                    } finally {
                        gate.leave();
                    }
                }
                done.countDown();
            });
        }
        assertThat(done.await(30, TimeUnit.SECONDS)).isTrue();
        assertThat(most.get()).isBetween(1, 2);
        assertThat(gate.waiting()).isZero();
        // every place came back: two more can enter at once without waiting
        gate.enter(CheckGate.LATER);
        gate.enter(CheckGate.LATER);
        assertThat(gate.waiting()).isZero();
    }

    @Test
    void whatHasWaitedLongGoesBeforeHigherRanksComeAfterItAndTheRanksHoldBelowThatWait() throws Exception {
        CheckGate gate = new CheckGate(1, java.time.Duration.ofSeconds(1));
        gate.enter(CheckGate.LATER); // a check running
        List<String> order = new CopyOnWriteArrayList<>();
        List<Thread> threads = new java.util.ArrayList<>();
        threads.add(waiter(gate, CheckGate.LATER, "a whole reply's check, waited long", order));
        awaitWaiting(gate, 1);
        Thread.sleep(1_200); // at saturation: higher ranks keep coming while it waits
        threads.add(waiter(gate, CheckGate.FIRST_WORDS, "first words", order));
        awaitWaiting(gate, 2);
        threads.add(waiter(gate, CheckGate.QUESTION, "a question", order));
        awaitWaiting(gate, 3);

        gate.leave();
        for (Thread t : threads) {
            t.join(5_000);
        }

        // strict ranks would serve it last, and for as long as new questions keep coming, never
        assertThat(order).containsExactly("a whole reply's check, waited long", "a question", "first words");
        assertThat(gate.waiting()).isZero();
    }

    @Test
    void aQueuedCheckThatHasWaitedLongGoesBeforeHigherRanksToo() throws Exception {
        CheckGate gate = new CheckGate(1, java.time.Duration.ofSeconds(1));
        gate.enter(CheckGate.LATER);
        List<String> ran = new CopyOnWriteArrayList<>();
        CountDownLatch done = new CountDownLatch(3);
        long t0 = System.nanoTime();
        gate.submit(CheckGate.LATER, t0, true, () -> { ran.add("streaming, waited long"); done.countDown(); });
        Thread.sleep(1_200);
        gate.submit(CheckGate.FIRST_WORDS, t0 + 2, true, () -> { ran.add("first words"); done.countDown(); });
        gate.submit(CheckGate.FIRST_WORDS, t0 + 1, true, () -> { ran.add("first words, asked earlier"); done.countDown(); });

        gate.leave();
        assertThat(done.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(ran).containsExactly("streaming, waited long", "first words, asked earlier", "first words");
        awaitWaiting(gate, 0);
    }

    @Test
    void refusesAGateWithoutPlaces() {
        assertThatThrownBy(() -> new CheckGate(0)).hasMessageContaining("osce.guard.concurrent-checks");
    }

    private static Thread waiter(CheckGate gate, int priority, String name, List<String> order) {
        return waiter(gate, priority, System.nanoTime(), name, order);
    }

    private static Thread waiter(CheckGate gate, int priority, long askedNanos, String name, List<String> order) {
        return start(() -> {
            gate.enter(priority, askedNanos);
            order.add(name);
            gate.leave();
        });
    }

    private static Thread start(Runnable work) {
        Thread t = new Thread(work);
        t.setDaemon(true);
        t.start();
        return t;
    }

    private static void awaitWaiting(CheckGate gate, int n) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (gate.waiting() < n && System.nanoTime() < until) {
            Thread.sleep(5);
        }
        assertThat(gate.waiting()).isEqualTo(n);
    }
}
