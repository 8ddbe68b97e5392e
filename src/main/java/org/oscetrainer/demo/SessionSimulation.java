package org.oscetrainer.demo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.oscetrainer.catalog.CatalogService;
import org.oscetrainer.catalog.Rubric;
import org.oscetrainer.examsession.CircuitStation;
import org.oscetrainer.cohort.CohortService;
import org.oscetrainer.examsession.ExamSession;
import org.oscetrainer.examsession.ExamSessionService;
import org.oscetrainer.cohort.RosterStudent;
import org.oscetrainer.encounter.EncounterService;
import org.oscetrainer.encounter.EncounterSummary;
import org.oscetrainer.review.ReviewService;
import org.oscetrainer.scoring.ItemScore;
import org.oscetrainer.scoring.ScoreReport;
import org.oscetrainer.scoring.ScoringService;
import org.oscetrainer.security.DemoAccount;
import org.oscetrainer.security.SecurityProperties;
import org.oscetrainer.security.SystemIdentity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Fills a session with a simulated cohort (demo only): every roster student plays every station of
 * the circuit with the scripted patient (questions drawn from a seeded ability model), the encounters
 * are scored as any other, and the demo examiner signs off a share of them with a global rating,
 * overriding an item now and then. Students who already sat a station are left alone.
 */
@Service
@PreAuthorize("hasRole('RUN_EXAM_SESSIONS')")
public class SessionSimulation {

    private static final long SCORING_WAIT_MILLIS = 300_000;

    private final ExamSessionService sessions;
    private final CohortService cohorts;
    private final CatalogService catalog;
    private final EncounterService encounters;
    private final SimulatedEncounters simulatedEncounters;
    private final ScoringService scoring;
    private final ReviewService review;
    private final SecurityProperties properties;

    SessionSimulation(ExamSessionService sessions, CohortService cohorts, CatalogService catalog,
            EncounterService encounters, SimulatedEncounters simulatedEncounters, ScoringService scoring, ReviewService review,
            SecurityProperties properties) {
        this.simulatedEncounters = simulatedEncounters;
        this.sessions = sessions;
        this.cohorts = cohorts;
        this.catalog = catalog;
        this.encounters = encounters;
        this.scoring = scoring;
        this.review = review;
        this.properties = properties;
    }

    /** Whether simulations are available (the demo is on). */
    public boolean available() {
        return properties.demo().enabled();
    }

    /**
     * Simulates the session's cohort; {@code signOffShare} of the encounters (0..1) are signed off.
     * Returns once everything is scored and signed.
     */
    public SimulationReport simulate(long sessionId, double signOffShare, long seed) throws InterruptedException {
        if (!available()) {
            throw new IllegalStateException("Simulations are only available in the demo (osce.demo.enabled=true)");
        }
        ExamSession session = sessions.session(sessionId);
        List<RosterStudent> roster = cohorts.roster(session.cohortId());
        Set<String> sat = new HashSet<>();
        for (EncounterSummary e : encounters.sessionEncounters(sessionId)) {
            sat.add(e.studentUsername() + "\n" + e.stationId());
        }
        List<Long> played = new ArrayList<>();
        Map<Long, Integer> expectedItems = new java.util.HashMap<>();
        for (CircuitStation station : session.stations()) {
            Rubric rubric = SystemIdentity.call(() -> catalog.rubric(station.stationVersionId()));
            String language = SystemIdentity.call(() -> catalog.scenario(station.stationVersionId())).language();
            for (RosterStudent student : roster) {
                if (sat.contains(student.username() + "\n" + station.stationId())) {
                    continue;
                }
                SimulatedStudent simulated = new SimulatedStudent(student.studentNumber(), seed, station.position());
                List<String> questions = simulated.questions(rubric, language);
                Map<String, String> note = simulated.note(rubric);
                long id = SystemIdentity.call(() -> simulatedEncounters.play(sessionId, student.username(),
                        station.stationVersionId(), questions, note));
                played.add(id);
                expectedItems.put(id, rubric.items().size() + rubric.noteItems().size());
            }
        }
        Map<Long, ScoreReport> reports = awaitScores(played, expectedItems);
        Random random = new Random(seed);
        int signed = 0;
        int overridden = 0;
        for (long id : played) {
            ScoreReport report = reports.get(id);
            if (report == null || random.nextDouble() >= signOffShare) {
                continue;
            }
            if (random.nextDouble() < 0.15) {
                ItemScore missed = report.items().stream().filter(i -> i.points() < i.maxPoints()).findFirst().orElse(null);
                if (missed != null) {
                    ActingAs.demo(DemoAccount.EXAMINER, () -> review.decide(id, missed.itemId(), missed.maxPoints(),
                            "Asked, in other words than the AI recognised"));
                    overridden++;
                }
            }
            int rating = new SimulatedStudent(String.valueOf(id), seed, 0).globalRating(report.percent());
            ActingAs.demo(DemoAccount.EXAMINER, () -> {
                decideOneByOne(id, report);
                return review.signOff(id, rating);
            });
            signed++;
        }
        return new SimulationReport(played.size(), reports.size(), signed, overridden);
    }

    /**
     * The simulated examiner decides one by one what sign-off never confirms unseen: the critical items,
     * once shown their evidence, and the blind items, marked as the AI would have (simulated agreement).
     */
    private void decideOneByOne(long id, ScoreReport report) {
        for (var item : review.sheet(id).items()) {
            if (!item.decided() && (item.critical() || item.blind())) {
                int points = report.items().stream().filter(i -> i.itemId().equals(item.itemId()))
                        .mapToInt(ItemScore::points).findFirst().orElse(0);
                review.evidenceShown(id, item.itemId());
                review.decide(id, item.itemId(), points, null);
            }
        }
    }

    /** Waits until every encounter is scored, its post-encounter note included (signing off before would leave the note out). */
    private Map<Long, ScoreReport> awaitScores(List<Long> ids, Map<Long, Integer> expectedItems) throws InterruptedException {
        long until = System.currentTimeMillis() + SCORING_WAIT_MILLIS;
        Map<Long, ScoreReport> reports = scoring.reports(ids);
        while (!complete(reports, expectedItems) && System.currentTimeMillis() < until) {
            Thread.sleep(250);
            reports = scoring.reports(ids);
        }
        return reports;
    }

    private static boolean complete(Map<Long, ScoreReport> reports, Map<Long, Integer> expectedItems) {
        return expectedItems.entrySet().stream().allMatch(e -> reports.containsKey(e.getKey())
                && reports.get(e.getKey()).items().size() >= e.getValue());
    }
}
