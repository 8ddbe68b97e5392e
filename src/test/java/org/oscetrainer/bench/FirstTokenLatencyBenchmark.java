package org.oscetrainer.bench;

import org.oscetrainer.encounter.ConversationService;
import org.oscetrainer.encounter.PostEncounterNoteService;
import org.oscetrainer.incident.IncidentReportService;
import org.oscetrainer.WithAccount;
import org.oscetrainer.security.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.oscetrainer.IntegrationTest;
import org.oscetrainer.catalog.CatalogService;
import org.oscetrainer.encounter.EncounterService;
import org.oscetrainer.encounter.TranscriptTurn;
import org.oscetrainer.encounter.TurnListener;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Measures, with the scripted patient on the real database, the time from a student's question
 * to the first streamed token (the student's turn is committed first) and to the committed reply.
 * Not part of the test run: {@code mvn -Pproduction,bench verify}. Prints figures, asserts none.
 */
@Tag("benchmark")
@IntegrationTest
class FirstTokenLatencyBenchmark {

    private static final int WARM_UP = 100;
    private static final int MEASURED = 500;
    private static final String[] QUESTIONS = {"When did the pain start?", "Do you smoke?",
            "Does the pain spread anywhere?", "Any medicines?", "Can I see the ECG?", "What is your job?"};

    @Autowired EncounterService encounters;
    @Autowired ConversationService conversation;
    @Autowired PostEncounterNoteService notes;
    @Autowired IncidentReportService incidentReports;
    @Autowired CatalogService catalog;

    @Test
    @WithAccount(value = Role.STUDENT, username = "bench-student")
    void firstTokenLatencyOfTheScriptedPatient() throws Exception {
        long version = catalog.latestStation("chest-pain-en").versionId();
        List<Long> firstToken = new ArrayList<>();
        List<Long> committed = new ArrayList<>();
        long encounter = encounters.start(version).id();
        for (int i = 0; i < WARM_UP + MEASURED; i++) {
            if (i % 50 == 0) {
                encounters.end(encounter);
                encounter = encounters.start(version).id();
            }
            AtomicLong first = new AtomicLong();
            CompletableFuture<Long> done = new CompletableFuture<>();
            long start = System.nanoTime();
            conversation.ask(encounter, QUESTIONS[i % QUESTIONS.length], new TurnListener() {
                @Override public void token(String token) { first.compareAndSet(0, System.nanoTime()); }
                @Override public void degraded(String reason) { }
                @Override public void replied(TranscriptTurn turn) { done.complete(System.nanoTime()); }
                @Override public void failed(String reason) { done.completeExceptionally(new IllegalStateException(reason)); }
            });
            long end = done.get(10, TimeUnit.SECONDS);
            if (i >= WARM_UP) {
                firstToken.add(first.get() - start);
                committed.add(end - start);
            }
        }
        encounters.end(encounter);
        System.out.printf("%nScripted patient, %d questions after %d warm-up, MariaDB at %s%n", MEASURED, WARM_UP,
                System.getProperty("spring.datasource.url", "127.0.0.1:3306 or embedded"));
        print("question -> first token (student turn committed first)", firstToken);
        print("question -> reply committed (includes streaming pace)", committed);
    }

    private static void print(String what, List<Long> nanos) {
        System.out.printf("%-58s %s%n", what, Percentiles.of(nanos));
    }
}
