package org.oscetrainer.patient.internal;

import java.util.PriorityQueue;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * How many of the guard's checks run at once on this node, and which goes first when more want to.
 * <p>
 * Each LLM reply streams on a thread of its own, and the guard checks the reply on that thread every few
 * words: at 300 students about a hundred replies stream at once, and with a hundred threads running checks
 * the scheduler gives each runnable thread its share, so the short work of a new question (its turn
 * committed, the examiner's router, the request to the model) waited behind all of them
 * (docs/performance.md: question to LLM request p99 856 ms at 300 students). With the gate, at most
 * {@code permits} checks run; the other replies' threads sleep until their turn, and a reply that has shown
 * nothing yet goes before the checks of replies already streaming, first come first served within each.
 * What is checked and what is shown do not change, only when: a reply waits for its check with its tokens kept
 * in its connection.
 */
final class CheckGate {

    /** A reply that has shown nothing yet: its first words are what the student is waiting for. */
    static final int FIRST_WORDS = 0;
    /** A reply already streaming, or its whole text judged at the end. */
    static final int LATER = 1;

    private static volatile CheckGate shared = new CheckGate(Runtime.getRuntime().availableProcessors());

    private final int permits;
    private final ReentrantLock lock = new ReentrantLock();
    private final PriorityQueue<Waiter> waiting = new PriorityQueue<>();
    private int running;
    private long arrivals;

    CheckGate(int permits) {
        if (permits < 1) {
            throw new IllegalArgumentException("osce.guard.concurrent-checks must be 1 or more, not " + permits);
        }
        this.permits = permits;
    }

    /** The node's gate ({@code osce.guard.concurrent-checks}, by default one per processor). */
    static CheckGate shared() {
        return shared;
    }

    /** Sets the node's gate at start-up ({@link PatientConfiguration}). */
    static void share(int permits) {
        shared = new CheckGate(permits);
    }

    int permits() {
        return permits;
    }

    /** Waits for a place, before replies of a lower priority ({@link #FIRST_WORDS} before {@link #LATER}). */
    void enter(int priority) {
        lock.lock();
        try {
            if (running < permits && waiting.isEmpty()) {
                running++;
                return;
            }
            Waiter me = new Waiter(priority, arrivals++, lock.newCondition());
            waiting.add(me);
            while (!me.admitted) {
                me.turn.awaitUninterruptibly();
            }
        } finally {
            lock.unlock();
        }
    }

    /** Gives the place to the first waiting, or frees it. */
    void leave() {
        lock.lock();
        try {
            Waiter next = waiting.poll();
            if (next == null) {
                running--;
            } else {
                next.admitted = true; // the place passes on: running stays the same
                next.turn.signal();
            }
        } finally {
            lock.unlock();
        }
    }

    /** Replies waiting for a check now (a gauge: docs/operations.md). */
    int waiting() {
        lock.lock();
        try {
            return waiting.size();
        } finally {
            lock.unlock();
        }
    }

    private static final class Waiter implements Comparable<Waiter> {

        private final int priority;
        private final long arrival;
        private final Condition turn;
        private boolean admitted;

        Waiter(int priority, long arrival, Condition turn) {
            this.priority = priority;
            this.arrival = arrival;
            this.turn = turn;
        }

        @Override
        public int compareTo(Waiter other) {
            int byPriority = Integer.compare(priority, other.priority);
            return byPriority != 0 ? byPriority : Long.compare(arrival, other.arrival);
        }
    }
}
