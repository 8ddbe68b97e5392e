package org.oscetrainer.examsession;

import org.oscetrainer.cohort.CohortService;
import org.oscetrainer.cohort.RosterImport;
import org.oscetrainer.encounter.ConversationService;
import org.oscetrainer.encounter.PostEncounterNoteService;
import org.oscetrainer.incident.IncidentReportService;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.oscetrainer.SignedIn.as;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oscetrainer.IntegrationTest;
import org.oscetrainer.TestClock;
import org.oscetrainer.catalog.CatalogService;
import org.oscetrainer.catalog.StationSummary;
import org.oscetrainer.encounter.EncounterService;
import org.oscetrainer.encounter.EncounterSummary;
import org.oscetrainer.review.AgreementService;
import org.oscetrainer.review.OneByOne;
import org.oscetrainer.review.ManualScoringIncompleteException;
import org.oscetrainer.review.ReviewService;
import org.oscetrainer.scoring.ManualScoring;
import org.oscetrainer.scoring.ScoreReport;
import org.oscetrainer.scoring.ScoringService;
import org.oscetrainer.security.SystemIdentity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Exam sessions on the real database: who may start what and when, one attempt in exam mode (even
 * racing), deadlines capped at the close, the closing job, results withheld until release, and manual
 * scoring when faculty stop AI scoring.
 */
@IntegrationTest
class ExamSessionTest {

    @Autowired ExamSessionService sessions;
    @Autowired CohortService cohorts;
    @Autowired RosterImport rosters;
    @Autowired EncounterService encounters;
    @Autowired ConversationService conversation;
    @Autowired PostEncounterNoteService notes;
    @Autowired IncidentReportService incidentReports;
    @Autowired ScoringService scoring;
    @Autowired ReviewService review;
    @Autowired AgreementService agreement;
    @Autowired CatalogService catalog;
    @Autowired TestClock clock;

    /** Real time again for the tests that follow (see {@link TestClock#reset()}). */
    @org.junit.jupiter.api.AfterEach
    void realTimeAgain() {
        clock.reset();
    }
    @Autowired JdbcTemplate jdbc;

    private long cohortId;
    private String prefix;
    private StationSummary chestPain;

    @BeforeEach
    void cohortOfThree() {
        prefix = "es" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        chestPain = SystemIdentity.call(() -> catalog.latestStation("chest-pain-en"));
        cohortId = as("es-faculty", "FACULTY", () -> cohorts.create("Exam cohort " + prefix, 2026, List.of("A", "B"))).id();
        String csv = "student number,last name,first name,email,group\n"
                + prefix + "1,Martin,Alice," + prefix + "1@univ.example,A\n"
                + prefix + "2,Durand,Bruno," + prefix + "2@univ.example,B\n"
                + prefix + "3,Petit,Chloé," + prefix + "3@univ.example,A\n";
        as("es-faculty", "FACULTY", () -> rosters.commit(cohortId,
                rosters.preview(cohortId, "roster.csv", csv.getBytes(StandardCharsets.UTF_8))));
    }

    private String student(int n) {
        return (prefix + n).toLowerCase();
    }

    private ExamSession schedule(ExamMode mode, Instant opens, Instant closes, int minutes) {
        return as("es-faculty", "FACULTY", () -> sessions.schedule(new ExamSessionDraft("Session " + prefix, cohortId, mode,
                opens, closes, List.of(new ExamSessionDraft.Station(chestPain.versionId(), minutes)))));
    }

    private ScoreReport scored(long encounterId) throws InterruptedException {
        long until = System.currentTimeMillis() + 15_000;
        while (System.currentTimeMillis() < until) {
            Optional<ScoreReport> report = SystemIdentity.call(() -> scoring.report(encounterId));
            if (report.isPresent()) {
                return report.get();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("encounter " + encounterId + " was not scored");
    }

    @Test
    void aStudentOfTheCohortSitsEachStationOnceWithinTheWindow() {
        Instant now = clock.instant();
        ExamSession exam = schedule(ExamMode.EXAM, now.minusSeconds(60), now.plus(Duration.ofHours(2)), 8);
        assertThat(exam.status()).isEqualTo(ExamSessionStatus.OPEN);
        assertThat(exam.stations()).extracting(CircuitStation::stationVersionId).containsExactly(chestPain.versionId());

        EncounterSummary first = as(student(1), "STUDENT", () -> encounters.startInSession(exam.id(), chestPain.versionId()));
        assertThat(first.examSessionId()).isEqualTo(exam.id());
        assertThat(Duration.between(first.startedAt(), first.deadlineAt())).isEqualTo(Duration.ofMinutes(8));
        assertThat(as(student(1), "STUDENT", () -> encounters.startInSession(exam.id(), chestPain.versionId())).id())
                .as("resumes the open attempt").isEqualTo(first.id());
        as(student(1), "STUDENT", () -> encounters.end(first.id()));
        assertThatThrownBy(() -> as(student(1), "STUDENT", () -> encounters.startInSession(exam.id(), chestPain.versionId())))
                .isInstanceOfSatisfying(AdmissionRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(AdmissionRefusedException.Reason.ALREADY_SAT));

        assertThatThrownBy(() -> as("student2", "STUDENT", () -> encounters.startInSession(exam.id(), chestPain.versionId())))
                .isInstanceOfSatisfying(AdmissionRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(AdmissionRefusedException.Reason.NOT_IN_COHORT));
        long otherVersion = SystemIdentity.call(() -> catalog.latestStation("abdominal-pain-en").versionId());
        assertThatThrownBy(() -> as(student(2), "STUDENT", () -> encounters.startInSession(exam.id(), otherVersion)))
                .isInstanceOfSatisfying(AdmissionRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(AdmissionRefusedException.Reason.NOT_IN_CIRCUIT));
        assertThatThrownBy(() -> as(student(2), "STUDENT", () -> encounters.start(chestPain.versionId())))
                .as("no free practice of a station under exam")
                .isInstanceOfSatisfying(AdmissionRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(AdmissionRefusedException.Reason.UNDER_EXAM));
        assertThat(as(student(2), "STUDENT", () -> sessions.mySessions())).extracting(ExamSession::id).contains(exam.id());
        assertThat(as("student2", "STUDENT", () -> sessions.mySessions())).extracting(ExamSession::id).doesNotContain(exam.id());
        assertThatThrownBy(() -> as("student2", "STUDENT", () -> sessions.session(exam.id())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void twoStartsRacingGiveOneAttempt() throws Exception {
        Instant now = clock.instant();
        ExamSession exam = schedule(ExamMode.EXAM, now.minusSeconds(60), now.plus(Duration.ofHours(2)), 8);
        CyclicBarrier together = new CyclicBarrier(2);
        List<CompletableFuture<Object>> starts = List.of(1, 2).stream().map(i -> CompletableFuture.supplyAsync(() -> {
            try {
                together.await(5, TimeUnit.SECONDS);
                return (Object) as(student(3), "STUDENT", () -> encounters.startInSession(exam.id(), chestPain.versionId()));
            } catch (Exception e) {
                return e;
            }
        })).toList();
        List<Object> outcomes = starts.stream().map(CompletableFuture::join).toList();
        Integer attempts = jdbc.queryForObject("select count(*) from encounter where exam_session_id = ? and student_username = ?",
                Integer.class, exam.id(), student(3));
        assertThat(attempts).isEqualTo(1);
        assertThat(outcomes).allSatisfy(o -> assertThat(o).isInstanceOfAny(EncounterSummary.class, AdmissionRefusedException.class));
    }

    @Test
    void theDeadlineNeverPassesTheCloseAndTheJobClosesTheSession() throws Exception {
        Instant now = clock.instant();
        ExamSession soon = schedule(ExamMode.EXAM, now.minusSeconds(60), now.plus(Duration.ofMinutes(3)), 10);
        EncounterSummary e = as(student(1), "STUDENT", () -> encounters.startInSession(soon.id(), chestPain.versionId()));
        assertThat(e.deadlineAt()).isEqualTo(soon.closesAt());

        ExamSession later = schedule(ExamMode.EXAM, now.plus(Duration.ofHours(1)), now.plus(Duration.ofHours(2)), 10);
        assertThatThrownBy(() -> as(student(1), "STUDENT", () -> encounters.startInSession(later.id(), chestPain.versionId())))
                .isInstanceOfSatisfying(AdmissionRefusedException.class,
                        r -> assertThat(r.reason()).isEqualTo(AdmissionRefusedException.Reason.NOT_OPEN_YET));

        clock.advance(Duration.ofMinutes(4));
        // no browser: the scheduled jobs (every second in tests) close the session and end the encounter
        long until = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < until && (jdbc.queryForObject(
                "select count(*) from audit_entry where action = 'SESSION_CLOSED' and subject_id = ?", Integer.class,
                String.valueOf(soon.id())) == 0 || !as(student(1), "STUDENT", () -> encounters.encounter(e.id())).ended())) {
            Thread.sleep(100);
        }
        assertThat(as("es-faculty", "FACULTY", () -> sessions.session(soon.id())).status()).isEqualTo(ExamSessionStatus.CLOSED);
        assertThat(as(student(1), "STUDENT", () -> encounters.encounter(e.id())).endReason()).isEqualTo(EncounterService.END_AT_DEADLINE);
        assertThatThrownBy(() -> as(student(2), "STUDENT", () -> encounters.startInSession(soon.id(), chestPain.versionId())))
                .isInstanceOfSatisfying(AdmissionRefusedException.class,
                        r -> assertThat(r.reason()).isEqualTo(AdmissionRefusedException.Reason.CLOSED));
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'SESSION_CLOSED' and subject_id = ?",
                Integer.class, String.valueOf(soon.id()))).isEqualTo(1);
    }

    @Test
    void examResultsReachTheStudentOnlyOnceReleasedAndSignedOff() throws Exception {
        Instant now = clock.instant();
        ExamSession exam = schedule(ExamMode.EXAM, now.minusSeconds(60), now.plus(Duration.ofMinutes(2)), 8);
        long id = as(student(2), "STUDENT", () -> encounters.startInSession(exam.id(), chestPain.versionId())).id();
        as(student(2), "STUDENT", () -> encounters.end(id));
        ScoreReport report = scored(id);
        assertThat(report.scorer()).isNotEqualTo(ManualScoring.NAME);

        assertThatThrownBy(() -> as(student(2), "STUDENT", () -> scoring.report(id))).isInstanceOf(ResultsNotReleasedException.class);
        assertThatThrownBy(() -> as(student(2), "STUDENT", () -> review.finalScore(id))).isInstanceOf(ResultsNotReleasedException.class);
        assertThat(as("es-examiner", "EXAMINER", () -> scoring.report(id))).isPresent();
        assertThatThrownBy(() -> as("es-faculty", "FACULTY", () -> sessions.release(exam.id())))
                .as("not while students may still sit it").isInstanceOf(ExamSessionException.class);
        assertThatThrownBy(() -> as(student(2), "STUDENT", () -> sessions.release(exam.id()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("es-examiner", "EXAMINER", () -> sessions.release(exam.id()))).isInstanceOf(AccessDeniedException.class);

        clock.advance(Duration.ofMinutes(3));
        as("es-faculty", "FACULTY", () -> sessions.release(exam.id()));
        assertThatThrownBy(() -> as(student(2), "STUDENT", () -> notes.submitNote(id, java.util.Map.of("summary", "late"))))
                .as("no note once the session has closed").isInstanceOf(org.oscetrainer.encounter.InvalidEncounterRequestException.class)
                .extracting(e -> ((org.oscetrainer.common.HasMessageKey) e).messageKey()).isEqualTo("error.note.closed");
        assertThat(as(student(2), "STUDENT", () -> scoring.report(id))).isPresent();
        assertThat(as(student(2), "STUDENT", () -> review.finalScore(id))).as("released but not signed off").isEmpty();
        as("es-examiner", "EXAMINER", () -> {
            OneByOne.decideRequiredItems(review, scoring, id);
            return review.signOff(id, 4);
        });
        assertThat(as(student(2), "STUDENT", () -> review.finalScore(id))).isPresent();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'RESULTS_RELEASED' and subject_id = ?",
                Integer.class, String.valueOf(exam.id()))).isEqualTo(1);
    }

    @Test
    void withAiScoringStoppedTheExaminerScoresEveryItem() throws Exception {
        Instant now = clock.instant();
        ExamSession practice = schedule(ExamMode.PRACTICE, now.minusSeconds(60), now.plus(Duration.ofHours(2)), 8);
        assertThatThrownBy(() -> as(student(3), "STUDENT", () -> sessions.stopAiScoring(practice.id(), true)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as("es-faculty", "FACULTY", () -> sessions.stopAiScoring(practice.id(), true)).aiScoringStopped()).isTrue();
        long id = as(student(3), "STUDENT", () -> encounters.startInSession(practice.id(), chestPain.versionId())).id();
        as(student(3), "STUDENT", () -> encounters.end(id));
        ScoreReport report = scored(id);
        assertThat(report.scorer()).isEqualTo(ManualScoring.NAME);
        assertThat(report.items()).allSatisfy(i -> {
            assertThat(i.points()).isZero();
            assertThat(i.evidenceQuote()).isNull();
        });
        assertThat(as("es-examiner", "EXAMINER", () -> review.sheet(id)).manual()).isTrue();
        var first = report.items().get(0);
        as("es-examiner", "EXAMINER", () -> review.decide(id, first.itemId(), first.maxPoints(), null));
        assertThatThrownBy(() -> as("es-examiner", "EXAMINER", () -> review.signOff(id, 4)))
                .isInstanceOf(ManualScoringIncompleteException.class);
        report.items().stream().skip(1).forEach(i -> as("es-examiner", "EXAMINER", () -> review.decide(id, i.itemId(), 0, null)));
        assertThat(as("es-examiner", "EXAMINER", () -> review.signOff(id, 4)).total()).isEqualTo(first.maxPoints());
        assertThat(as("es-examiner", "EXAMINER", () -> agreement.agreement()))
                .as("a manual marking is no AI proposal to agree with")
                .allSatisfy(station -> assertThat(station.toString()).doesNotContain("encounterId=" + id));
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'AI_SCORING_SWITCHED' and subject_id = ?",
                Integer.class, String.valueOf(practice.id()))).isEqualTo(1);
    }

    @Test
    void scheduleRefusesAnIncoherentSession() {
        Instant now = clock.instant();
        assertThatThrownBy(() -> schedule(ExamMode.EXAM, now.plusSeconds(3600), now.plusSeconds(60), 8))
                .isInstanceOfSatisfying(ExamSessionException.class, e -> assertThat(e.key()).isEqualTo("session.error.window"));
        assertThatThrownBy(() -> schedule(ExamMode.EXAM, now.minusSeconds(7200), now.minusSeconds(3600), 8))
                .isInstanceOfSatisfying(ExamSessionException.class, e -> assertThat(e.key()).isEqualTo("session.error.past"));
        assertThatThrownBy(() -> schedule(ExamMode.EXAM, now, now.plusSeconds(3600), 0))
                .isInstanceOfSatisfying(ExamSessionException.class, e -> assertThat(e.key()).isEqualTo("session.error.duration"));
        assertThatThrownBy(() -> as(student(1), "STUDENT", () -> sessions.schedule(new ExamSessionDraft("x", cohortId,
                ExamMode.EXAM, now, now.plusSeconds(3600), List.of(new ExamSessionDraft.Station(chestPain.versionId(), 8))))))
                .isInstanceOf(AccessDeniedException.class);
    }
}
