package org.oscetrainer.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.oscetrainer.SignedIn.as;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.oscetrainer.IntegrationTest;
import org.oscetrainer.catalog.CatalogService;
import org.oscetrainer.encounter.EncounterService;
import org.oscetrainer.encounter.TranscriptTurn;
import org.oscetrainer.encounter.TurnListener;
import org.oscetrainer.scoring.FinalScore;
import org.oscetrainer.scoring.ItemScore;
import org.oscetrainer.scoring.ScoreReport;
import org.oscetrainer.scoring.ScoringService;
import org.oscetrainer.security.SystemIdentity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/** Examiner review on the real database: overrides with reasons, sign-off, blind second marking, who may do what. */
@IntegrationTest
class ReviewServiceTest {

    @Autowired ReviewService review;
    @Autowired AgreementService agreement;
    @Autowired EncounterService encounters;
    @Autowired ScoringService scoring;
    @Autowired CatalogService catalog;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** A student plays the chest pain station (asks about smoking only) and ends it; returns its scored report. */
    private ScoreReport playedAndScored(String student) throws Exception {
        long version = SystemIdentity.call(() -> catalog.latestStation("chest-pain-en").versionId());
        long id = as(student, "STUDENT", () -> encounters.start(version).id());
        CompletableFuture<TranscriptTurn> reply = new CompletableFuture<>();
        as(student, "STUDENT", () -> encounters.ask(id, "Do you smoke?", new TurnListener() {
            @Override public void token(String token) { }
            @Override public void degraded(String reason) { }
            @Override public void replied(TranscriptTurn turn) { reply.complete(turn); }
            @Override public void failed(String reason) { reply.completeExceptionally(new AssertionError(reason)); }
        }));
        reply.get(10, TimeUnit.SECONDS);
        as(student, "STUDENT", () -> encounters.end(id));
        long deadline = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < deadline) {
            var report = SystemIdentity.call(() -> scoring.report(id));
            if (report.isPresent()) {
                return report.get();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("encounter " + id + " was not scored");
    }

    private static ItemScore done(ScoreReport r) {
        return r.items().stream().filter(ItemScore::done).findFirst().orElseThrow();
    }

    private static ItemScore missed(ScoreReport r) {
        return r.items().stream().filter(i -> !i.done()).findFirst().orElseThrow();
    }

    @Test
    void anExaminerOverridesWithReasonsSignsOffAndTheStudentReadsTheFinalScore() throws Exception {
        ScoreReport r = playedAndScored("rv-student");
        long id = r.encounterId();
        ItemScore done = done(r);
        ItemScore missed = missed(r);

        ReviewSheet sheet = as("rv-examiner", "EXAMINER", () -> review.sheet(id));
        assertThat(sheet.marker()).isEqualTo(1);
        assertThat(sheet.readOnly()).isFalse();
        assertThat(sheet.undecided()).isEqualTo(r.items().size());

        assertThatThrownBy(() -> as("rv-examiner", "EXAMINER", () -> review.decide(id, missed.itemId(), missed.maxPoints(), " ")))
                .isInstanceOf(ReasonRequiredException.class);
        assertThatThrownBy(() -> as("rv-examiner", "EXAMINER", () -> review.decide(id, missed.itemId(), missed.maxPoints() + 1, "x")))
                .isInstanceOf(IllegalArgumentException.class);
        as("rv-examiner", "EXAMINER", () -> review.decide(id, missed.itemId(), missed.maxPoints(), "Asked in other words at #2"));
        ItemDecision overruled = as("rv-examiner", "EXAMINER", () -> review.decide(id, done.itemId(), 0, "Only half the question"));
        assertThat(overruled.overridden()).isTrue();
        assertThat(as("rv-student", "STUDENT", () -> review.finalScore(id))).as("not before sign-off").isEmpty();

        MarkerSignOff signed = as("rv-examiner", "EXAMINER", () -> review.signOff(id, GlobalRating.BORDERLINE));
        int expected = r.total() - done.points() + missed.maxPoints();
        assertThat(signed.total()).isEqualTo(expected);
        assertThat(signed.marker()).isEqualTo(1);
        assertThatThrownBy(() -> as("rv-examiner", "EXAMINER", () -> review.decide(id, done.itemId(), done.points(), null)))
                .isInstanceOf(ReviewLockedException.class);
        assertThatThrownBy(() -> as("rv-examiner", "EXAMINER", () -> review.signOff(id, GlobalRating.PASS)))
                .isInstanceOf(ReviewLockedException.class);
        assertThat(as("rv-examiner", "EXAMINER", () -> review.sheet(id)).readOnly()).isTrue();

        assertThat(jdbc.queryForList("select before_value, after_value from audit_entry where action = 'SCORE_OVERRIDDEN'"
                + " and subject_id like ? order by id", id + ":%"))
                .extracting(m -> m.get("before_value") + " -> " + m.get("after_value"))
                .containsExactly("AI 0/" + missed.maxPoints() + " -> " + missed.maxPoints() + "/" + missed.maxPoints()
                        + ": Asked in other words at #2", "AI " + done.points() + "/" + done.maxPoints() + " -> 0/"
                        + done.maxPoints() + ": Only half the question");
        assertThat(jdbc.queryForObject("select after_value from audit_entry where action = 'SIGNED_OFF' and subject_id = ?",
                String.class, String.valueOf(id))).startsWith("final " + expected + "/" + r.max() + ", global rating 2");

        FinalScore mine = as("rv-student", "STUDENT", () -> review.finalScore(id)).orElseThrow();
        assertThat(mine.total()).isEqualTo(expected);
        assertThat(mine.globalRating()).isEqualTo(2);
        assertThat(mine.items()).filteredOn(FinalScore.Item::overridden).extracting(FinalScore.Item::reason)
                .containsExactlyInAnyOrder("Asked in other words at #2", "Only half the question");
        assertThatThrownBy(() -> as("rv-other-student", "STUDENT", () -> review.finalScore(id)))
                .isInstanceOf(AccessDeniedException.class);

        ReviewQueueEntry entry = as("rv-examiner", "EXAMINER", () -> review.queue()).stream()
                .filter(e -> e.encounterId() == id).findFirst().orElseThrow();
        assertThat(entry.status()).isEqualTo(ReviewStatus.SIGNED_OFF);
        assertThat(entry.disagreement()).isTrue();
        assertThat(entry.finalScore()).isEqualTo(expected);

        List<StationAgreement> figures = as("rv-faculty", "FACULTY", () -> agreement.agreement());
        assertThat(figures).anySatisfy(s -> {
            assertThat(s.stationId()).isEqualTo("chest-pain-en");
            assertThat(s.aiVsExaminer().n()).isGreaterThanOrEqualTo(r.items().size());
            assertThat(s.items()).isNotEmpty();
        });
    }

    @Test
    void aSecondMarkerMarksBlindUntilTheySignAndAThirdCannotMark() throws Exception {
        ScoreReport r = playedAndScored("rv-student2");
        long id = r.encounterId();
        as("rv-first", "EXAMINER", () -> review.decide(id, missed(r).itemId(), missed(r).maxPoints(), "Asked at #2"));
        as("rv-first", "EXAMINER", () -> review.signOff(id, GlobalRating.PASS));

        ReviewSheet second = as("rv-second", "EXAMINER", () -> review.sheet(id));
        assertThat(second.marker()).isEqualTo(2);
        assertThat(second.otherMarkers()).as("blind").isEmpty();
        assertThat(second.otherMarkerName()).isPresent();
        assertThat(second.otherMarkerSigned()).isTrue();
        assertThat(second.items()).noneMatch(ItemDecision::decided);

        as("rv-second", "EXAMINER", () -> review.decide(id, done(r).itemId(), done(r).points(), null));
        assertThatThrownBy(() -> as("rv-second", "EXAMINER", () -> review.signedSheet(id, 1)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(statusOf(id)).isEqualTo(ReviewStatus.SECOND_MARKING);

        as("rv-second", "EXAMINER", () -> review.signOff(id, GlobalRating.GOOD));
        ReviewSheet afterSigning = as("rv-second", "EXAMINER", () -> review.sheet(id));
        assertThat(afterSigning.otherMarkers()).extracting(MarkerSignOff::marker).containsExactly(1);
        assertThat(as("rv-second", "EXAMINER", () -> review.signedSheet(id, 1)).items())
                .filteredOn(ItemDecision::overridden).hasSize(1);
        assertThat(statusOf(id)).isEqualTo(ReviewStatus.SIGNED_OFF);
        assertThat(as("rv-student2", "STUDENT", () -> review.finalScore(id)).orElseThrow().globalRating())
                .as("the first marker's sign-off is the final score").isEqualTo(3);

        assertThat(as("rv-third", "FACULTY", () -> review.sheet(id)).marker()).isZero();
        assertThatThrownBy(() -> as("rv-third", "FACULTY", () -> review.decide(id, done(r).itemId(), 0, "no")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as("rv-third", "FACULTY", () -> agreement.agreement())).anySatisfy(s ->
                assertThat(s.examinerVsExaminer().n()).isPositive());
    }

    private ReviewStatus statusOf(long id) {
        return as("rv-third", "FACULTY", () -> review.queue()).stream().filter(e -> e.encounterId() == id)
                .findFirst().orElseThrow().status();
    }

    @Test
    void onlyExaminersMarkAndSignOffFacultyAndAdminsReadTheReview() throws Exception {
        ScoreReport r = playedAndScored("rv-student4");
        long id = r.encounterId();
        for (String role : List.of("FACULTY", "ADMIN")) {
            assertThat(as("rv-reader", role, () -> review.sheet(id)).readOnly()).as(role + " reads").isTrue();
            assertThatThrownBy(() -> as("rv-reader", role, () -> review.decide(id, done(r).itemId(), 0, "no")))
                    .as(role + " cannot mark").isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as("rv-reader", role, () -> review.signOff(id, GlobalRating.PASS)))
                    .as(role + " cannot sign off").isInstanceOf(AccessDeniedException.class);
        }
        assertThat(jdbc.queryForObject("select count(*) from review_decision where encounter_id = ?", Integer.class, id))
                .isZero();
        assertThat(as("rv-examiner2", "EXAMINER", () -> review.sheet(id)).marker()).isOne();
        as("rv-examiner2", "EXAMINER", () -> review.signOff(id, GlobalRating.PASS));
        assertThat(statusOf(id)).isEqualTo(ReviewStatus.SIGNED_OFF);
    }

    @Test
    void aStudentCanNeverCallTheReviewFunctions() throws Exception {
        ScoreReport r = playedAndScored("rv-student3");
        long id = r.encounterId();
        String item = r.items().get(0).itemId();
        List<Runnable> calls = List.of(review::queue, () -> review.sheet(id), () -> review.signedSheet(id, 1),
                () -> review.decide(id, item, 0, "mine"), () -> review.signOff(id, GlobalRating.EXCELLENT),
                () -> review.studentName("rv-student"), agreement::agreement);
        for (Runnable call : calls) {
            assertThatThrownBy(() -> as("rv-student3", "STUDENT", call)).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(as("rv-student3", "STUDENT", () -> review.finalScore(id))).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from review_decision where encounter_id = ?", Integer.class, id))
                .isZero();
    }
}
