package org.oscetrainer.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.oscetrainer.SignedIn.as;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.oscetrainer.IntegrationTest;
import org.oscetrainer.TestClock;
import org.oscetrainer.catalog.CatalogService;
import org.oscetrainer.cohort.CohortService;
import org.oscetrainer.examsession.ExamMode;
import org.oscetrainer.examsession.ExamSession;
import org.oscetrainer.examsession.ExamSessionDraft;
import org.oscetrainer.examsession.ExamSessionService;
import org.oscetrainer.cohort.RosterFixture;
import org.oscetrainer.cohort.RosterImport;
import org.oscetrainer.demo.SessionSimulation;
import org.oscetrainer.scoring.ScoringService;
import org.oscetrainer.security.AccountService;
import org.oscetrainer.security.Role;
import org.oscetrainer.security.SystemIdentity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Issue #16 on the real database: faculty hand a second marking to another examiner or remove it, with a
 * reason, each audited; a marking begun is set aside (the new second marker marks afresh, the former one
 * only reads); refused once the second marker has signed off, and to anyone who does not run sessions.
 * Its own session at abdominal pain, so that other tests' queues (chest pain, céphalée) stay as they were.
 */
@IntegrationTest
class SecondMarkingChangesTest {

    private static final String A = "smc-examiner-a";
    private static final String B = "smc-examiner-b";
    private static final String C = "smc-examiner-c";
    private static final String FACULTY = "smc-faculty";

    @Autowired SecondMarkingChanges changes;
    @Autowired SecondMarkingAssignments assignments;
    @Autowired SessionMarkingService marking;
    @Autowired AgreementService agreement;
    @Autowired ReviewService review;
    @Autowired ExamSessionService sessions;
    @Autowired CohortService cohorts;
    @Autowired RosterImport rosters;
    @Autowired CatalogService catalog;
    @Autowired SessionSimulation simulation;
    @Autowired ScoringService scoring;
    @Autowired AccountService accounts;
    @Autowired TestClock clock;
    @Autowired JdbcTemplate jdbc;

    private ExamSession threeStudentsAtAbdominalPain() throws Exception {
        for (String examiner : List.of(A, B, C)) {
            SystemIdentity.call(() -> accounts.createIfAbsent(examiner, "marking-password-2026", "Dr " + examiner, Role.EXAMINER));
        }
        String name = "Changes " + System.nanoTime();
        long cohortId = as(FACULTY, "FACULTY", () -> cohorts.create(name, 2026, RosterFixture.GROUPS)).id();
        byte[] roster = RosterFixture.csv(RosterFixture.students(3, 7_000_000L + System.nanoTime() % 1_000_000L * 100),
                ',', false, RosterFixture.ENGLISH_HEADER);
        as(FACULTY, "FACULTY", () -> rosters.commit(cohortId, rosters.preview(cohortId, "roster.csv", roster)));
        long abdominal = SystemIdentity.call(() -> catalog.latestStation("abdominal-pain-en").versionId());
        Instant now = clock.instant();
        ExamSession session = as(FACULTY, "FACULTY", () -> sessions.schedule(new ExamSessionDraft(name, cohortId,
                ExamMode.EXAM, now.minusSeconds(60), now.plus(Duration.ofHours(1)), List.of(new ExamSessionDraft.Station(abdominal, 8)))));
        as(FACULTY, "FACULTY", () -> {
            try {
                return simulation.simulate(session.id(), 0.0, 20);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        return session;
    }

    private void signOff(String examiner, long id) {
        as(examiner, "EXAMINER", () -> {
            OneByOne.decideRequiredItems(review, scoring, id);
            return review.signOff(id, 4);
        });
    }

    /** Signed reviews counted at abdominal pain. */
    private static int reviews(List<StationAgreement> stations) {
        return stations.stream().filter(s -> s.stationId().equals("abdominal-pain-en")).mapToInt(StationAgreement::reviews).sum();
    }

    private List<Map<String, Object>> audit(String action, long encounterId) {
        return jdbc.queryForList("select actor, before_value, after_value from audit_entry where action = ? and subject_id = ?"
                + " order by id", action, String.valueOf(encounterId));
    }

    private String key(Runnable call) {
        try {
            call.run();
        } catch (SecondMarkingException refused) {
            return refused.messageKey();
        }
        throw new AssertionError("not refused");
    }

    @Test
    void facultyChangeOrRemoveASecondMarkingUntilItIsSignedEachChangeAudited() throws Exception {
        ExamSession session = threeStudentsAtAbdominalPain();
        List<Long> ids = as(A, "EXAMINER", () -> marking.toMark(session.id(), null)).stream().map(MarkingTask::encounterId).toList();
        assertThat(ids).hasSize(3);
        long e1 = ids.get(0);
        long e2 = ids.get(1);
        long e3 = ids.get(2);
        int realBefore = reviews(as(FACULTY, "FACULTY", () -> agreement.agreement()));
        int simulatedBefore = reviews(as(FACULTY, "FACULTY", () -> agreement.simulatedAgreement()));
        signOff(A, e1);
        assertThat(reviews(as(FACULTY, "FACULTY", () -> agreement.agreement())))
                .as("a simulated encounter's sign-off stays out of the real agreement").isEqualTo(realBefore);
        assertThat(reviews(as(FACULTY, "FACULTY", () -> agreement.simulatedAgreement()))).isEqualTo(simulatedBefore + 1);
        assertThat(as(FACULTY, "FACULTY", () -> assignments.assign(new SecondMarkingRequest(session.id(), null,
                SecondMarkingRule.ALL, 0.1, B))).assigned()).containsExactlyInAnyOrder(e1, e2, e3);

        // B begins e1's second marking: one item decided (and its evidence seen)
        var item = as(B, "EXAMINER", () -> scoring.report(e1)).orElseThrow().items().get(0);
        as(B, "EXAMINER", () -> {
            review.evidenceShown(e1, item.itemId());
            return review.decide(e1, item.itemId(), item.points(), null);
        });
        assertThat(as(FACULTY, "FACULTY", () -> changes.assignments(session.id())))
                .extracting(SecondMarkingAssignment::encounterId, SecondMarkingAssignment::examiner,
                        SecondMarkingAssignment::decided, SecondMarkingAssignment::signed)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(e1, B, 1, false),
                        org.assertj.core.groups.Tuple.tuple(e2, B, 0, false), org.assertj.core.groups.Tuple.tuple(e3, B, 0, false));

        // refusals that leave everything as it was
        assertThat(key(() -> as(FACULTY, "FACULTY", () -> changes.reassign(e1, C, "  ")))).isEqualTo("second-marking.error.reason");
        assertThat(key(() -> as(FACULTY, "FACULTY", () -> changes.reassign(e1, A, "A is free"))))
                .as("never the second marker of their own first marking").isEqualTo("second-marking.error.first-marker");
        assertThat(key(() -> as(FACULTY, "FACULTY", () -> changes.reassign(e1, B, "again")))).isEqualTo("second-marking.error.same");
        assertThat(key(() -> as(FACULTY, "FACULTY", () -> changes.reassign(e1, FACULTY, "faculty do not mark"))))
                .isEqualTo("second-marking.error.not-examiner");
        assertThatThrownBy(() -> as(B, "EXAMINER", () -> changes.reassign(e1, C, "swap"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(B, "EXAMINER", () -> changes.remove(e2, "mine"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("smc-student", "STUDENT", () -> changes.assignments(session.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForObject("select count(*) from review_decision where encounter_id = ? and marker = 2",
                Integer.class, e1)).isOne();

        // changed: B's begun marking is set aside, C marks afresh as marker 2, B only reads
        as(FACULTY, "FACULTY", () -> changes.reassign(e1, C, "Dr B is ill today"));
        assertThat(jdbc.queryForObject("select count(*) from review_decision where encounter_id = ? and marker = 2",
                Integer.class, e1)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from review_evidence_shown where encounter_id = ? and marker = 2",
                Integer.class, e1)).isZero();
        assertThat(jdbc.queryForObject("select examiner from review_second_marker where encounter_id = ?", String.class, e1))
                .isEqualTo(C);
        assertThat(audit("SECOND_MARKER_CHANGED", e1)).singleElement().satisfies(entry -> {
            assertThat(entry.get("actor")).isEqualTo(FACULTY);
            assertThat(entry.get("before_value")).isEqualTo("second marker " + B + "; marking begun and set aside, 1 item(s) decided: "
                    + item.itemId() + " " + item.points() + "/" + item.maxPoints()
                    + (as(C, "EXAMINER", () -> review.sheet(e1)).items().stream()
                            .anyMatch(i -> i.itemId().equals(item.itemId()) && i.blind()) ? " (blind " + item.points() + ")" : ""));
            assertThat(entry.get("after_value")).isEqualTo("second marker " + C + " (session " + session.id() + "): Dr B is ill today");
        });
        assertThat(as(C, "EXAMINER", () -> review.sheet(e1)).marker()).isEqualTo(2);
        assertThat(as(C, "EXAMINER", () -> review.sheet(e1)).items()).noneMatch(ItemDecision::decided);
        assertThat(as(B, "EXAMINER", () -> review.sheet(e1)).marker()).as("the former second marker reads").isZero();
        assertThat(key(() -> as(B, "EXAMINER", () -> review.decide(e1, item.itemId(), item.points(), null))))
                .as("a page left open by the former second marker is told why it cannot mark")
                .isEqualTo("second-marking.error.not-yours");
        assertThat(as(B, "EXAMINER", () -> marking.toMark(session.id(), null))).extracting(MarkingTask::encounterId)
                .containsExactly(e2, e3);
        assertThat(as(C, "EXAMINER", () -> marking.toMark(session.id(), null))).extracting(MarkingTask::encounterId)
                .contains(e1);

        // removed: no second marker any more, audited with its reason
        as(FACULTY, "FACULTY", () -> changes.remove(e2, "Enough second markings at this station"));
        assertThat(jdbc.queryForObject("select count(*) from review_second_marker where encounter_id = ?", Integer.class, e2)).isZero();
        assertThat(audit("SECOND_MARKER_REMOVED", e2)).singleElement().satisfies(entry -> {
            assertThat(entry.get("before_value")).isEqualTo("second marker " + B);
            assertThat(entry.get("after_value")).isEqualTo("no second marker (session " + session.id()
                    + "): Enough second markings at this station");
        });
        assertThat(as(B, "EXAMINER", () -> marking.toMark(session.id(), null))).extracting(MarkingTask::encounterId)
                .as("e2's first marking is still to do, by anyone").containsExactly(e2, e3);
        assertThat(as(B, "EXAMINER", () -> review.sheet(e2)).marker()).as("B may now mark it first").isOne();
        assertThat(key(() -> as(FACULTY, "FACULTY", () -> changes.remove(e2, "twice")))).isEqualTo("second-marking.error.not-assigned");

        // once C has signed off, the second marking is a measure made: refused, nothing changes
        signOff(C, e1);
        SecondMarkingException refused = (SecondMarkingException) org.assertj.core.api.Assertions.catchThrowable(
                () -> as(FACULTY, "FACULTY", () -> changes.reassign(e1, B, "back to B")));
        assertThat(refused.messageKey()).isEqualTo("second-marking.error.signed");
        assertThat(refused.messageArguments()).containsExactly("Dr " + C);
        assertThat(key(() -> as(FACULTY, "FACULTY", () -> changes.remove(e1, "not needed")))).isEqualTo("second-marking.error.signed");
        assertThat(jdbc.queryForObject("select examiner from review_second_marker where encounter_id = ?", String.class, e1))
                .isEqualTo(C);
        assertThat(audit("SECOND_MARKER_CHANGED", e1)).hasSize(1);
        assertThat(audit("SECOND_MARKER_REMOVED", e1)).isEmpty();
        assertThat(as(FACULTY, "FACULTY", () -> changes.assignments(session.id())))
                .extracting(SecondMarkingAssignment::encounterId, SecondMarkingAssignment::examiner, SecondMarkingAssignment::signed)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(e1, C, true), org.assertj.core.groups.Tuple.tuple(e3, B, false));
    }
}
