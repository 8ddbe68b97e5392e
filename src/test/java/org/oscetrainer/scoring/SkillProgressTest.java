package org.oscetrainer.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.oscetrainer.SignedIn.as;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.oscetrainer.IntegrationTest;
import org.oscetrainer.TestClock;
import org.oscetrainer.catalog.CatalogService;
import org.oscetrainer.catalog.Skill;
import org.oscetrainer.catalog.StationSummary;
import org.oscetrainer.cohort.CohortService;
import org.oscetrainer.examsession.ExamMode;
import org.oscetrainer.examsession.ExamSession;
import org.oscetrainer.examsession.ExamSessionDraft;
import org.oscetrainer.examsession.ExamSessionService;
import org.oscetrainer.cohort.RosterImport;
import org.oscetrainer.encounter.EncounterService;
import org.oscetrainer.review.OneByOne;
import org.oscetrainer.review.ReviewService;
import org.oscetrainer.security.SystemIdentity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * The student's progress by skill on the real database: their own attempts only, an exam's attempt
 * only once its results are released, the examiner's points once signed off, weakest skill first.
 */
@IntegrationTest
class SkillProgressTest {

    @Autowired SkillProgressService progress;
    @Autowired EncounterService encounters;
    @Autowired ScoringService scoring;
    @Autowired ReviewService review;
    @Autowired ExamSessionService sessions;
    @Autowired CohortService cohorts;
    @Autowired RosterImport rosters;
    @Autowired CatalogService catalog;
    @Autowired TestClock clock;

    /** Real time again for the tests that follow (see {@link TestClock#reset()}). */
    @org.junit.jupiter.api.AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    private ScoreReport scored(long encounterId) throws InterruptedException {
        long until = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < until) {
            Optional<ScoreReport> report = SystemIdentity.call(() -> scoring.report(encounterId));
            if (report.isPresent()) {
                return report.get();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("encounter " + encounterId + " was not scored");
    }

    private static SkillProgress of(List<SkillProgress> all, Skill skill) {
        return all.stream().filter(p -> p.skill() == skill).findFirst().orElseThrow();
    }

    /** Sums of the report's points and maxima over the items of a skill. */
    private static int[] sums(ScoreReport report, Skill skill) {
        int[] s = new int[2];
        report.items().stream().filter(i -> SkillProgressService.skillOf(i).orElse(null) == skill).forEach(i -> {
            s[0] += i.points();
            s[1] += i.maxPoints();
        });
        return s;
    }

    @Test
    void ownAttemptsCountReleasedExamsOnlyWithTheExaminersPointsWeakestFirst() throws Exception {
        String prefix = "sp" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        String student = prefix + "1";
        long cohortId = as("sp-faculty", "FACULTY", () -> cohorts.create("Skills cohort " + prefix, 2026, List.of("A"))).id();
        String csv = "student number,last name,first name,email,group\n" + student + ",Martin,Alice," + student + "@univ.example,A\n";
        as("sp-faculty", "FACULTY", () -> rosters.commit(cohortId,
                rosters.preview(cohortId, "roster.csv", csv.getBytes(StandardCharsets.UTF_8))));
        StationSummary chestPain = SystemIdentity.call(() -> catalog.latestStation("chest-pain-en"));
        StationSummary lowMood = SystemIdentity.call(() -> catalog.latestStation("low-mood-en"));

        // free practice: one attempt at low-mood-en
        long practice = as(student, "STUDENT", () -> encounters.start(lowMood.versionId()).id());
        as(student, "STUDENT", () -> encounters.end(practice));
        ScoreReport practiceReport = scored(practice);

        // an exam at chest-pain-en, sat but not released
        Instant now = clock.instant();
        ExamSession exam = as("sp-faculty", "FACULTY", () -> sessions.schedule(new ExamSessionDraft("Skills exam " + prefix,
                cohortId, ExamMode.EXAM, now.minusSeconds(60), now.plus(Duration.ofMinutes(2)),
                List.of(new ExamSessionDraft.Station(chestPain.versionId(), 8)))));
        long sat = as(student, "STUDENT", () -> encounters.startInSession(exam.id(), chestPain.versionId()).id());
        as(student, "STUDENT", () -> encounters.end(sat));
        ScoreReport examReport = scored(sat);

        List<SkillProgress> before = as(student, "STUDENT", () -> progress.myProgress("en"));
        SkillProgress history = of(before, Skill.HISTORY);
        assertThat(history.attempts()).as("the unreleased exam does not count").isEqualTo(1);
        assertThat(history.maxPoints()).isEqualTo(sums(practiceReport, Skill.HISTORY)[1]);
        assertThat(history.points()).isEqualTo(sums(practiceReport, Skill.HISTORY)[0]);
        assertThat(history.stations()).extracting(StationSummary::stationId).contains("low-mood-en")
                .as("a station under exam is not offered for practice").doesNotContain("chest-pain-en");
        assertThat(history.stations()).first().extracting(StationSummary::language).isEqualTo("en");
        assertThat(of(before, Skill.EXAMINATION).practised()).as("low-mood-en has no examination item").isFalse();
        assertThat(before.stream().filter(SkillProgress::practised).toList())
                .as("weakest first").isSortedAccordingTo(java.util.Comparator.comparingDouble(SkillProgress::share));
        assertThat(before.subList(before.size() - 1, before.size())).noneMatch(SkillProgress::practised);

        // the examiner raises one missed history item to full points, then the results are released
        ItemScore missed = examReport.items().stream()
                .filter(i -> "history".equals(i.category()) && i.points() < i.maxPoints()).findFirst().orElseThrow();
        clock.advance(Duration.ofMinutes(3));
        as("sp-examiner", "EXAMINER", () -> {
            review.evidenceShown(sat, missed.itemId());
            review.decide(sat, missed.itemId(), missed.maxPoints(), "Asked in other words");
            OneByOne.decideRequiredItems(review, scoring, sat);
            return review.signOff(sat, 3);
        });
        assertThat(of(as(student, "STUDENT", () -> progress.myProgress("en")), Skill.HISTORY).attempts())
                .as("signed off but not released").isEqualTo(1);
        as("sp-faculty", "FACULTY", () -> sessions.release(exam.id()));

        SkillProgress after = of(as(student, "STUDENT", () -> progress.myProgress("en")), Skill.HISTORY);
        int[] exam1 = sums(examReport, Skill.HISTORY);
        assertThat(after.attempts()).isEqualTo(2);
        assertThat(after.reviewed()).isEqualTo(1);
        assertThat(after.maxPoints()).isEqualTo(history.maxPoints() + exam1[1]);
        assertThat(after.points()).as("the examiner's points, not the AI's")
                .isEqualTo(history.points() + exam1[0] + missed.maxPoints() - missed.points());

        // another student sees only their own (none); staff have no progress page
        assertThat(as(prefix + "other", "STUDENT", () -> progress.myProgress("en"))).noneMatch(SkillProgress::practised);
        assertThatThrownBy(() -> as("sp-faculty", "FACULTY", () -> progress.myProgress("en")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as(student, "STUDENT", () -> progress.myProgress("en")).toString())
                .as("sums, never an item's text").doesNotContain(missed.label());
    }
}
