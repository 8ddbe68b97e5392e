package org.oscetrainer.patient.internal;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.PriorityQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How many of the guard's checks run at once on this node, and which goes first when more want to.
 * <p>
 * Each LLM reply streams on a thread of its own, and the guard checks the reply on that thread every few
 * words: at 300 students about a hundred replies stream at once, and with a hundred threads running checks
 * the scheduler gives each runnable thread its share, so the short work of a new question (its turn
 * committed, the examiner's router, the request to the model) waited behind all of them
 * (docs/performance.md: question to LLM request p99 856 ms at 300 students). With the gate, at most
 * {@code permits} checks run; the others wait their turn, and a reply that has shown nothing yet goes before the
 * checks of replies already streaming. A check waiting no longer holds up its reply's stream: it is queued
 * ({@link #submit}) and run by a gate thread at its turn, reading every token come meanwhile (perf21); the judge's
 * checks, and the check of a whole reply at its end, still wait on their own thread ({@link #enter}).
 * <p>
 * A new question's own work before its request to the model (is it the examiner's, its guard made, {@link
 * #questionFirst}) takes a place too, before any check: at 300 students it otherwise ran beside the checks of a hundred
 * streaming replies and reached the model seconds late (docs/performance.md, perf21). Within each rank the oldest
 * question goes first: a reply's checks are ordered by when its question reached the patient, not by when the check
 * came to the gate, so a reply asked earlier never waits behind one asked later.
 * <p>
 * The ranks are not absolute: whatever has waited {@link #AGED_AFTER} or longer goes before everything come after it,
 * whatever their rank, the first come first (perf22b). At saturation the lowest rank (a reply's check of its whole text
 * at its end, which the student's reply waits for) would otherwise wait for as long as new questions and first words
 * keep coming. Below that wait the ranks hold as they were.
 */
public final class CheckGate {

    private static final Logger log = LoggerFactory.getLogger(CheckGate.class);

    /** A new question's work before its request to the model: short, and everything else of it waits on it. */
    static final int QUESTION = 0;
    /** A reply that has shown nothing yet: its first words are what the student is waiting for. */
    static final int FIRST_WORDS = 1;
    /** A reply already streaming, or its whole text judged at the end. */
    static final int LATER = 2;

    /**
     * The threads that run the checks queued while every place was taken ({@link #submit}): no more of them busy at
     * once than the gate's places, of all gates.
     */
    private static final ExecutorService CHECKS = Executors.newCachedThreadPool(new ThreadFactory() {
        private final AtomicLong count = new AtomicLong();

        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, "guard-check-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        }
    });

    /**
     * How long something may wait before it goes before the higher ranks come after it: well above the waits of a node
     * that keeps up (a check takes milliseconds), so that the ranks decide as long as the node keeps up.
     */
    static final Duration AGED_AFTER = Duration.ofSeconds(2);

    private static final ThreadLocal<Boolean> IN_QUESTION_PLACE = new ThreadLocal<>();

    private static volatile CheckGate shared = new CheckGate(Runtime.getRuntime().availableProcessors());

    private final int permits;
    private final ReentrantLock lock = new ReentrantLock();
    private final long agedAfterNanos;
    private final PriorityQueue<Entry> waiting = new PriorityQueue<>();
    /** The same entries in the order they came: the first is the one that has waited longest. */
    private final LinkedHashSet<Entry> byArrival = new LinkedHashSet<>();
    private int running;
    private long arrivals;

    CheckGate(int permits) {
        this(permits, AGED_AFTER);
    }

    /** For tests: {@code agedAfter}, how long something waits before it goes before the higher ranks come after it. */
    CheckGate(int permits, Duration agedAfter) {
        if (permits < 1) {
            throw new IllegalArgumentException("osce.guard.concurrent-checks must be 1 or more, not " + permits);
        }
        this.permits = permits;
        this.agedAfterNanos = agedAfter.toNanos();
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

    /**
     * Runs a new question's work before its request to the model ({@code askedNanos}: when the question reached the
     * patient, {@link System#nanoTime()}) in a place of the node's gate, before every check waiting, the oldest
     * question first. Not from within a check: the places are not re-entrant.
     */
    public static <T> T questionFirst(long askedNanos, Supplier<T> work) {
        CheckGate gate = shared;
        gate.enter(QUESTION, askedNanos);
        IN_QUESTION_PLACE.set(Boolean.TRUE);
        try {
            return work.get();
        } finally {
            IN_QUESTION_PLACE.remove();
            gate.leave();
        }
    }

    /**
     * Whether this thread is doing a question's work in a place of the gate ({@link #questionFirst}): what runs there
     * holds back every check of the node, so nothing that may wait (a database read, a lock) belongs there. For tests.
     */
    public static boolean inQuestionPlace() {
        return IN_QUESTION_PLACE.get() != null;
    }

    /** Waits for a place, as a question of now: see {@link #enter(int, long)}. */
    void enter(int priority) {
        enter(priority, System.nanoTime());
    }

    /**
     * Waits for a place, before work of a lower rank ({@link #QUESTION}, then {@link #FIRST_WORDS}, then {@link #LATER});
     * within a rank, the work of the question asked first ({@code askedNanos}, {@link System#nanoTime()}) first, then
     * the first come. {@link #leave()} gives the place back.
     */
    void enter(int priority, long askedNanos) {
        lock.lock();
        try {
            if (running < permits && waiting.isEmpty()) {
                running++;
                return;
            }
            Waiter me = new Waiter(priority, askedNanos, lock.newCondition());
            queue(me);
            while (!me.admitted) {
                me.turn.awaitUninterruptibly();
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Runs {@code check} in a place, without making the caller wait for one: on this thread at once when a place is
     * free and nobody waits (and {@code here}), else on one of the gate's own threads when its turn comes (the order of
     * {@link #enter(int, long)}). A reply's stream thread thus goes on reading the model's tokens while its check waits,
     * and the check, when it runs, reads every token come meanwhile (docs/performance.md, perf21). {@code afterwards}
     * runs on the same thread once the place is given back: sending what the check passed to a slow client must not
     * hold a place. What {@code check} or {@code afterwards} throws reaches the caller when run here, and is logged when
     * run on a gate thread (the place is given back either way); a check that throws has nothing run afterwards.
     */
    void submit(int priority, long askedNanos, boolean here, Runnable check, Runnable afterwards) {
        Queued task = new Queued(priority, askedNanos, check, afterwards);
        boolean now;
        lock.lock();
        try {
            now = running < permits && waiting.isEmpty();
            if (now) {
                running++;
            } else {
                queue(task);
            }
        } finally {
            lock.unlock();
        }
        if (!now) {
            return;
        }
        if (here) {
            task.run();
        } else {
            startOnGateThread(task);
        }
    }

    /** {@link #submit(int, long, boolean, Runnable, Runnable)} with nothing to do afterwards. */
    void submit(int priority, long askedNanos, boolean here, Runnable check) {
        submit(priority, askedNanos, here, check, () -> { });
    }

    /** Gives the place to the first waiting, or frees it. */
    void leave() {
        Queued handed = null;
        lock.lock();
        try {
            Entry next = next();
            if (next == null) {
                running--;
            } else if (next instanceof Waiter w) {
                w.admitted = true; // the place passes on: running stays the same
                w.turn.signal();
            } else {
                handed = (Queued) next; // likewise, to a gate thread
            }
        } finally {
            lock.unlock();
        }
        if (handed != null) {
            startOnGateThread(handed);
        }
    }

    /** Under the lock: {@code entry} waits its turn. */
    private void queue(Entry entry) {
        entry.arrival = arrivals++;
        entry.since = System.nanoTime();
        waiting.add(entry);
        byArrival.add(entry);
    }

    /**
     * Under the lock: the next to go, taken out of the queue: the one that has waited longest if that is {@link
     * #AGED_AFTER} or more, else the first by rank, question and arrival ({@link Entry#compareTo}).
     */
    private Entry next() {
        if (byArrival.isEmpty()) {
            return null;
        }
        Entry oldest = byArrival.iterator().next();
        Entry next;
        if (System.nanoTime() - oldest.since >= agedAfterNanos) {
            waiting.remove(oldest);
            next = oldest;
        } else {
            next = waiting.poll();
        }
        byArrival.remove(next);
        return next;
    }

    private void startOnGateThread(Queued task) {
        try {
            CHECKS.execute(() -> {
                try {
                    task.run();
                } catch (RuntimeException | Error e) {
                    // the check's owner handles its own failures (GuardedStream gives its reply up); this is the last
                    // resort, so that nothing thrown on a gate thread goes unseen
                    log.error("A guard check failed on gate thread {}", Thread.currentThread().getName(), e);
                }
            });
        } catch (RuntimeException e) { // refused: the JVM is shutting down
            leave();
            throw e;
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

    /**
     * Something waiting for a place: ordered by rank, then by its question's age, then by its arrival (what has waited
     * {@link #AGED_AFTER} goes first all the same: {@link #next}). Equal only to itself.
     */
    private abstract static class Entry implements Comparable<Entry> {

        private final int priority;
        private final long asked;
        /** The order it came in ({@link #queue}), and when ({@link System#nanoTime()}). */
        long arrival;
        long since;

        Entry(int priority, long asked) {
            this.priority = priority;
            this.asked = asked;
        }

        @Override
        public int compareTo(Entry other) {
            int byPriority = Integer.compare(priority, other.priority);
            if (byPriority != 0) {
                return byPriority;
            }
            int byQuestion = Long.signum(asked - other.asked); // nanoTime: compared by difference
            return byQuestion != 0 ? byQuestion : Long.compare(arrival, other.arrival);
        }
    }

    /** A thread parked until its turn ({@link #enter}). */
    private static final class Waiter extends Entry {

        private final Condition turn;
        private boolean admitted;

        Waiter(int priority, long asked, Condition turn) {
            super(priority, asked);
            this.turn = turn;
        }
    }

    /** A check that runs in its place, on a gate thread if it waited its turn ({@link #submit}), then what follows it. */
    private final class Queued extends Entry {

        private final Runnable check;
        private final Runnable afterwards;

        Queued(int priority, long asked, Runnable check, Runnable afterwards) {
            super(priority, asked);
            this.check = check;
            this.afterwards = afterwards;
        }

        /** Runs the check in the place it holds, gives the place back, then runs what follows. */
        void run() {
            try {
                check.run();
            } finally {
                leave();
            }
            afterwards.run();
        }
    }
}
