package org.oscetrainer.demo;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.oscetrainer.catalog.CatalogService;
import org.oscetrainer.cohort.CohortService;
import org.oscetrainer.cohort.CohortSummary;
import org.oscetrainer.examsession.ExamMode;
import org.oscetrainer.examsession.ExamSession;
import org.oscetrainer.examsession.ExamSessionDraft;
import org.oscetrainer.examsession.ExamSessionService;
import org.oscetrainer.cohort.RosterImport;
import org.oscetrainer.security.DemoAccount;
import org.oscetrainer.security.SecurityProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The demo's ready-made season, seeded once in the background at start-up (demo only): a demo cohort
 * with the demo students and simulated ones, and an exam session of four stations that is filled by
 * the simulation, closed and released, as the demo faculty would do it.
 */
@Component
class DemoSeason {

    static final String COHORT = "Demo cohort";
    static final String SESSION = "Demo OSCE";
    private static final List<String> CIRCUIT = List.of("chest-pain-en", "abdominal-pain-en", "cephalee-fr",
            "dyspnee-aigue-fr");
    private static final String[] LAST = {"Martin", "Bernard", "Petit", "Durand", "Leroy", "Moreau", "Simon", "Laurent",
        "Lefèvre", "Michel", "Garcia", "David", "Bertrand", "Roux", "Vincent", "Fournier", "Morel", "Girard", "André", "Mercier"};
    private static final String[] FIRST = {"Léa", "Hugo", "Chloé", "Lucas", "Inès", "Louis", "Manon", "Jules", "Zoé", "Adam",
        "Emma", "Nathan", "Sarah", "Théo", "Jade", "Paul"};
    private static final Logger log = LoggerFactory.getLogger(DemoSeason.class);

    private final SecurityProperties security;
    private final DemoSeasonProperties properties;
    private final CohortService cohorts;
    private final RosterImport rosters;
    private final ExamSessionService sessions;
    private final CatalogService catalog;
    private final SessionSimulation simulation;
    private final Clock clock;

    DemoSeason(SecurityProperties security, DemoSeasonProperties properties, CohortService cohorts, RosterImport rosters,
            ExamSessionService sessions, CatalogService catalog, SessionSimulation simulation, Clock clock) {
        this.security = security;
        this.properties = properties;
        this.cohorts = cohorts;
        this.rosters = rosters;
        this.sessions = sessions;
        this.catalog = catalog;
        this.simulation = simulation;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void seedInTheBackground() {
        if (!security.demo().enabled() || !properties.seedSeason()) {
            return;
        }
        Thread seeding = new Thread(() -> {
            try {
                ActingAs.demo(DemoAccount.FACULTY, () -> {
                    seed();
                    return null;
                });
            } catch (RuntimeException failed) {
                log.warn("The demo season could not be seeded", failed);
            }
        }, "demo-season");
        seeding.setDaemon(true);
        seeding.start();
    }

    private void seed() {
        if (cohorts.cohorts().stream().anyMatch(c -> c.name().equals(COHORT))) {
            return;
        }
        var started = System.nanoTime();
        int year = java.time.LocalDate.now(clock).getYear();
        CohortSummary cohort = cohorts.create(COHORT, year, List.of("A", "B"));
        rosters.commit(cohort.id(), rosters.preview(cohort.id(), "demo-roster.csv", roster()));
        var now = clock.instant();
        List<ExamSessionDraft.Station> circuit = catalog.publishedStations().stream()
                .filter(s -> CIRCUIT.contains(s.stationId())).map(s -> new ExamSessionDraft.Station(s.versionId(), 8)).toList();
        ExamSession session = sessions.schedule(new ExamSessionDraft(SESSION, cohort.id(), ExamMode.EXAM,
                now.minusSeconds(60), now.plus(Duration.ofHours(2)), circuit));
        try {
            var report = simulation.simulate(session.id(), 0.9, 2026);
            sessions.closeNow(session.id());
            sessions.release(session.id());
            log.info("Demo season seeded in {} s: {} encounters, {} signed off", (System.nanoTime() - started) / 1_000_000_000,
                    report.encounters(), report.signedOff());
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        }
    }

    private byte[] roster() {
        StringBuilder csv = new StringBuilder("Student number,Last name,First name,Email,Group\n");
        csv.append("student,MARTIN,Camille,camille.martin@demo.example,A\n");
        csv.append("student2,BERNARD,Hugo,hugo.bernard@demo.example,B\n");
        Random random = new Random(2026);
        for (int i = 1; i <= properties.seedStudents(); i++) {
            String last = LAST[random.nextInt(LAST.length)];
            String first = FIRST[random.nextInt(FIRST.length)];
            csv.append(String.format("D%05d,%s,%s,demo%05d@demo.example,%s%n", i, last.toUpperCase(java.util.Locale.FRENCH),
                    first, i, i % 2 == 0 ? "A" : "B"));
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
