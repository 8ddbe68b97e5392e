package org.oscetrainer.patient;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/** Collects what a patient engine streams, for assertions. */
public class RecordingStream implements ReplyStream {

    public final List<String> tokens = new CopyOnWriteArrayList<>();
    public final List<String> degradations = new CopyOnWriteArrayList<>();
    /** Every token received, also those later discarded by {@code degraded} or {@code retract}. */
    public final List<String> everyToken = new CopyOnWriteArrayList<>();
    public final java.util.concurrent.atomic.AtomicInteger retractions = new java.util.concurrent.atomic.AtomicInteger();
    public final CompletableFuture<PatientReply> outcome = new CompletableFuture<>();

    @Override
    public void token(String token) {
        tokens.add(token);
        everyToken.add(token);
    }

    @Override
    public void retract() {
        retractions.incrementAndGet();
        tokens.clear();
    }

    @Override
    public void completed(PatientReply reply) {
        outcome.complete(reply);
    }

    @Override
    public void failed(PatientUnavailableException error) {
        outcome.completeExceptionally(error);
    }

    @Override
    public void degraded(String reason) {
        degradations.add(reason);
        tokens.clear();
    }

    public PatientReply await() throws Exception {
        return outcome.get(20, TimeUnit.SECONDS);
    }

    public Throwable awaitFailure() throws Exception {
        try {
            outcome.get(20, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            return e.getCause();
        }
        throw new AssertionError("expected the reply to fail, but it completed");
    }
}
