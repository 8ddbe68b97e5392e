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
    void refusesAGateWithoutPlaces() {
        assertThatThrownBy(() -> new CheckGate(0)).hasMessageContaining("osce.guard.concurrent-checks");
    }

    private static Thread waiter(CheckGate gate, int priority, String name, List<String> order) {
        return start(() -> {
            gate.enter(priority);
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
