package org.oscetrainer.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.oscetrainer.SignedIn.as;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.oscetrainer.IntegrationTest;
import org.oscetrainer.TestClock;
import org.oscetrainer.catalog.CatalogService;
import org.oscetrainer.catalog.Rubric;
import org.oscetrainer.cohort.CohortService;
import org.oscetrainer.examsession.ExamMode;
import org.oscetrainer.examsession.ExamSession;
import org.oscetrainer.examsession.ExamSessionDraft;
import org.oscetrainer.examsession.ExamSessionService;
import org.oscetrainer.cohort.RosterFixture;
import org.oscetrainer.cohort.RosterImport;
import org.oscetrainer.demo.SessionSimulation;
import org.oscetrainer.encounter.EncounterService;
import org.oscetrainer.scoring.ItemScore;
import org.oscetrainer.scoring.ScoringService;
import org.oscetrainer.security.AccountService;
import org.oscetrainer.security.Role;
import org.oscetrainer.security.SystemIdentity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Issue #16 part 3 on the real database: an examiner goes through a session's encounters station by
 * station ("next"); faculty assign second marking (never to an encounter's first marker), each assignment
 * audited; the second marker marks as marker 2, the only one who may; progress follows; who may do what.
 * The session's stations are neither chest pain nor céphalée, so that other tests' queues stay as they were.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SessionMarkingTest {

    private static final String A = "sm-examiner-a";
    private static final String B = "sm-examiner-b";
    private static final String C = "sm-examiner-c";

    @Autowired SessionMarkingService marking;
    @Autowired SecondMarkingAssignments assignments;
    @Autowired ReviewService review;
    @Autowired ExamSessionService sessions;
    @Autowired CohortService cohorts;
    @Autowired RosterImport rosters;
    @Autowired CatalogService catalog;
    @Autowired SessionSimulation simulation;
    @Autowired EncounterService encounters;
    @Autowired ScoringService scoring;
    @Autowired AccountService accounts;
    @Autowired TestClock clock;
    @Autowired JdbcTemplate jdbc;

    private ExamSession session;
    private String first;
    private String second;

    @BeforeAll
    void aSessionOfThreeStudentsAtTwoStations() throws Exception {
        for (String examiner : List.of(A, B, C)) {
            SystemIdentity.call(() -> accounts.createIfAbsent(examiner, "marking-password-2026", "Dr " + examiner, Role.EXAMINER));
        }
        String name = "Marking " + System.nanoTime();
        long cohortId = as("sm-faculty", "FACULTY", () -> cohorts.create(name, 2026, RosterFixture.GROUPS)).id();
        byte[] roster = RosterFixture.csv(RosterFixture.students(3, 8_000_000L + System.nanoTime() % 1_000_000L * 100),
                ',', false, RosterFixture.ENGLISH_HEADER);
        as("sm-faculty", "FACULTY", () -> rosters.commit(cohortId, rosters.preview(cohortId, "roster.csv", roster)));
        long abdominal = SystemIdentity.call(() -> catalog.latestStation("abdominal-pain-en").versionId());
        long breathless = SystemIdentity.call(() -> catalog.latestStation("breathlessness-en").versionId());
        Instant now = clock.instant();
        session = as("sm-faculty", "FACULTY", () -> sessions.schedule(new ExamSessionDraft(name, cohortId, ExamMode.EXAM,
                now.minusSeconds(60), now.plus(Duration.ofHours(1)),
                List.of(new ExamSessionDraft.Station(abdominal, 8), new ExamSessionDraft.Station(breathless, 8)))));
        as("sm-faculty", "FACULTY", () -> {
            try {
                return simulation.simulate(session.id(), 0.0, 7);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        first = session.stations().get(0).stationId();
        second = session.stations().get(1).stationId();
    }

    /**
     * Signs off as the examiner: critical items done (full points, with a reason if the AI differs), blind
     * ones as the AI. Only signed-off encounters get such overrides: an unsigned encounter where AI and
     * examiner differ would show in other tests' queue filtered on disagreements.
     */
    private void signOff(String examiner, long id, int rating) {
        Rubric rubric = SystemIdentity.call(() -> catalog.rubric(encounters.encounter(id).stationVersionId()));
        as(examiner, "EXAMINER", () -> {
            var report = scoring.report(id).orElseThrow();
            for (Rubric.Item item : rubric.items()) {
                if (item.critical()) {
                    ItemScore ai = report.items().stream().filter(i -> i.itemId().equals(item.id())).findFirst().orElseThrow();
                    review.evidenceShown(id, item.id());
                    review.decide(id, item.id(), ai.maxPoints(), ai.points() == ai.maxPoints() ? null : "Done at the end");
                }
            }
            OneByOne.decideRequiredItems(review, scoring, id);
            return review.signOff(id, rating);
        });
    }

    private List<Long> toMark(String examiner, String stationId) {
        return as(examiner, "EXAMINER", () -> marking.toMark(session.id(), stationId)).stream()
                .map(MarkingTask::encounterId).toList();
    }

    private Long next(String examiner, String stationId, long current) {
        return as(examiner, "EXAMINER", () -> marking.next(session.id(), stationId, current))
                .map(MarkingTask::encounterId).orElse(null);
    }

    private SecondMarkingResult assign(String stationId, SecondMarkingRule rule, String examiner) {
        return as("sm-faculty", "FACULTY", () -> assignments.assign(new SecondMarkingRequest(session.id(), stationId, rule,
                0.1, examiner)));
    }

    private SessionMarkingProgress.Line line(String examiner, String stationId) {
        return as("sm-faculty", "FACULTY", () -> marking.progress(session.id())).examiners().stream()
                .filter(e -> e.username().equals(examiner)).findFirst().orElseThrow().stations().stream()
                .filter(l -> l.stationId().equals(stationId)).findFirst().orElseThrow();
    }

    @Test
    void anExaminerGoesStationByStationAndFacultyAssignSecondMarkingNeverToTheFirstMarker() {
        List<MarkingTask> all = as(A, "EXAMINER", () -> marking.toMark(session.id(), null));
        assertThat(all).hasSize(6).allSatisfy(t -> assertThat(t.marker()).isOne());
        assertThat(all).extracting(MarkingTask::stationId).as("station by station, in the circuit's order")
                .containsExactly(first, first, first, second, second, second);
        long e1 = all.get(0).encounterId();
        long e2 = all.get(1).encounterId();
        long e3 = all.get(2).encounterId();
        long e4 = all.get(3).encounterId();

        signOff(A, e1, 3);
        assertThat(next(A, first, e1)).isEqualTo(e2);
        as(B, "EXAMINER", () -> review.decide(e2, scoring.report(e2).orElseThrow().items().get(0).itemId(),
                scoring.report(e2).orElseThrow().items().get(0).points(), null));
        assertThat(toMark(A, first)).as("B's first marking is not A's to do").containsExactly(e3);
        assertThat(toMark(B, first)).containsExactly(e2, e3);
        assertThat(next(A, first, e1)).isEqualTo(e3);
        signOff(A, e3, 4);
        assertThat(toMark(A, first)).isEmpty();
        assertThat(next(A, first, e3)).as("nothing left at this station").isNull();
        assertThat(next(A, null, e3)).as("then the next station").isEqualTo(e4);

        SessionMarkingProgress.Station station = as("sm-faculty", "FACULTY", () -> marking.progress(session.id()))
                .stations().get(0);
        assertThat(station).isEqualTo(new SessionMarkingProgress.Station(first, station.title(), 3, 0, 2, 0, 0));
        assertThat(line(A, first)).isEqualTo(new SessionMarkingProgress.Line(first, station.title(), 2, 2, 0, 0));
        assertThat(line(B, first)).isEqualTo(new SessionMarkingProgress.Line(first, station.title(), 1, 0, 0, 0));

        SecondMarkingResult toA = assign(first, SecondMarkingRule.ALL, A);
        assertThat(toA.assigned()).as("never the second marker of one's own first marking").containsExactly(e2);
        assertThat(toA.ownFirstMarking()).isEqualTo(2);
        SecondMarkingResult toB = assign(first, SecondMarkingRule.BORDERLINE_OR_CRITICAL, B);
        assertThat(toB.assigned()).as("e1 was signed off borderline (3), e3 not, with every critical item done")
                .containsExactly(e1);
        assertThat(toB.ownFirstMarking()).isOne();
        assertThat(toB.alreadyAssigned()).isZero();
        assertThat(assign(first, SecondMarkingRule.ALL, C).alreadyAssigned()).isEqualTo(2);
        assertThat(jdbc.queryForList("select subject_id, after_value from audit_entry where action = 'SECOND_MARKER_ASSIGNED'"
                + " and subject_id in (?, ?, ?)", String.valueOf(e1), String.valueOf(e2), String.valueOf(e3)))
                .extracting(m -> m.get("subject_id") + " " + m.get("after_value"))
                .containsExactlyInAnyOrder(e2 + " second marker " + A + " (all encounters, station " + first + ", session "
                        + session.id() + ")", e1 + " second marker " + B + " (borderline or critical, station " + first
                        + ", session " + session.id() + ")", e3 + " second marker " + C + " (all encounters, station "
                        + first + ", session " + session.id() + ")");

        assertThat(as(A, "EXAMINER", () -> marking.toMark(session.id(), first))).singleElement()
                .satisfies(t -> assertThat(t).extracting(MarkingTask::encounterId, MarkingTask::marker).containsExactly(e2, 2));
        ReviewSheet sheet = as(A, "EXAMINER", () -> review.sheet(e2));
        assertThat(sheet.marker()).isEqualTo(2);
        assertThat(sheet.otherMarkerName()).contains("Dr " + B);
        assertThat(as(C, "EXAMINER", () -> review.sheet(e2)).marker()).as("marker 2 is the assigned examiner's alone").isZero();
        assertThat(toMark(B, first)).containsExactly(e1, e2);
        // as the AI proposed: e2's first marking is not signed, it must show no disagreement
        as(A, "EXAMINER", () -> OneByOne.decideRequiredItems(review, scoring, e2));
        assertThat(as("sm-faculty", "FACULTY", () -> review.queue()).stream().filter(e -> e.encounterId() == e2)
                .findFirst().orElseThrow().status()).as("to review until the first marker signs, though the second began")
                .isEqualTo(ReviewStatus.TO_REVIEW);
        as(A, "EXAMINER", () -> review.signOff(e2, 4));
        assertThat(line(A, first)).isEqualTo(new SessionMarkingProgress.Line(first, station.title(), 2, 2, 1, 1));
        assertThat(line(B, first).secondMarkings()).isOne();
        assertThat(as("sm-faculty", "FACULTY", () -> marking.progress(session.id())).stations().get(0))
                .extracting(SessionMarkingProgress.Station::secondAssigned, SessionMarkingProgress.Station::secondSigned)
                .containsExactly(3, 1);
        assertThat(as(A, "EXAMINER", () -> marking.progress(session.id())).examiners())
                .as("examiners read everyone's progress, as they read every review").hasSize(3);
    }

    @Test
    void onlyFacultyAssignAndOnlyToExaminersStudentsReachNothing() {
        assertThatThrownBy(() -> as(A, "EXAMINER", () -> assignments.assign(new SecondMarkingRequest(session.id(), second,
                SecondMarkingRule.ALL, 0.1, B)))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> assign(second, SecondMarkingRule.ALL, "sm-faculty"))
                .as("not an account that marks").isInstanceOf(SecondMarkingException.class);
        assertThatThrownBy(() -> as("sm-faculty", "FACULTY", () -> assignments.assign(new SecondMarkingRequest(session.id(),
                second, SecondMarkingRule.SHARE, 0, B)))).isInstanceOf(SecondMarkingException.class);
        assertThatThrownBy(() -> assign("chest-pain-en", SecondMarkingRule.ALL, B)).isInstanceOf(SecondMarkingException.class);
        String student = "sm-student";
        List<Runnable> calls = List.of(() -> assignments.assign(new SecondMarkingRequest(session.id(), second,
                SecondMarkingRule.ALL, 0.1, B)), () -> assignments.secondMarkers(session.id()), assignments::examiners,
                () -> marking.progress(session.id()), () -> marking.toMark(session.id(), null),
                () -> marking.next(session.id(), null, 0));
        for (Runnable call : calls) {
            assertThatThrownBy(() -> as(student, "STUDENT", call)).isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> as("sm-faculty", "FACULTY", () -> marking.toMark(session.id(), null)))
                .as("faculty read progress but do not mark").isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForObject("select count(*) from review_second_marker where exam_session_id = ? and encounter_id in "
                + "(select id from encounter where station_id = ?)", Integer.class, session.id(), second)).isZero();
    }
}
