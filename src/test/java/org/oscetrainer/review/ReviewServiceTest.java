package org.oscetrainer.review;

import org.oscetrainer.encounter.ConversationService;
import org.oscetrainer.encounter.PostEncounterNoteService;
import org.oscetrainer.incident.IncidentReportService;
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
    @Autowired ConversationService conversation;
    @Autowired PostEncounterNoteService notes;
    @Autowired IncidentReportService incidentReports;
    @Autowired ScoringService scoring;
    @Autowired CatalogService catalog;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** A student plays the chest pain station (asks about smoking and drugs only) and ends it; returns its scored report. */
    private ScoreReport playedAndScored(String student) throws Exception {
        long version = SystemIdentity.call(() -> catalog.latestStation("chest-pain-en").versionId());
        long id = as(student, "STUDENT", () -> encounters.start(version).id());
        CompletableFuture<TranscriptTurn> reply = new CompletableFuture<>();
        as(student, "STUDENT", () -> conversation.ask(id, "Do you smoke, or take any recreational drugs?", new TurnListener() {
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

    /**
     * Makes {@code itemId} the encounter's only blind item, as if chosen at random (the choice is kept in
     * the database): tests then know which proposal is hidden.
     */
    private void blindItem(long encounterId, String itemId) {
        jdbc.update("insert into review_blind_selection (encounter_id, item_ids, blind_share, chosen_at) values (?, ?, 0.1, now())",
                encounterId, itemId);
    }

    /** An item that is neither {@link #done} nor {@link #missed}, nor critical: the blind one of most tests. */
    private static String other(ScoreReport r) {
        return r.items().stream().map(ItemScore::itemId)
                .filter(i -> !i.equals(done(r).itemId()) && !i.equals(missed(r).itemId()) && !i.equals("character")
                        && !i.equals("alternative-causes"))
                .findFirst().orElseThrow();
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
        blindItem(id, other(r));

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

        assertThatThrownBy(() -> as("rv-examiner", "EXAMINER", () -> review.signOff(id, 3)))
                .as("critical and blind items are never confirmed unseen").isInstanceOf(UndecidedItemsException.class);
        assertThatThrownBy(() -> as("rv-examiner", "EXAMINER", () -> review.signOff(id, 6)))
                .as("the chest pain rubric's scale is 1 to 5").isInstanceOf(IllegalArgumentException.class);
        as("rv-examiner", "EXAMINER", () -> {
            OneByOne.decideRequiredItems(review, scoring, id);
            return null;
        });
        MarkerSignOff signed = as("rv-examiner", "EXAMINER", () -> review.signOff(id, 3));
        assertThat(signed.globalRating()).as("the rubric's own borderline level and label")
                .isEqualTo(new GlobalRating(3, "Borderline", true));
        int expected = r.total() - done.points() + missed.maxPoints();
        assertThat(signed.total()).isEqualTo(expected);
        assertThat(signed.marker()).isEqualTo(1);
        assertThatThrownBy(() -> as("rv-examiner", "EXAMINER", () -> review.decide(id, done.itemId(), done.points(), null)))
                .isInstanceOf(ReviewLockedException.class);
        assertThatThrownBy(() -> as("rv-examiner", "EXAMINER", () -> review.signOff(id, 4)))
                .isInstanceOf(ReviewLockedException.class);
        assertThat(as("rv-examiner", "EXAMINER", () -> review.sheet(id)).readOnly()).isTrue();

        assertThat(jdbc.queryForList("select before_value, after_value from audit_entry where action = 'SCORE_OVERRIDDEN'"
                + " and subject_id like ? order by id", id + ":%"))
                .extracting(m -> m.get("before_value") + " -> " + m.get("after_value"))
                .containsExactly("AI 0/" + missed.maxPoints() + " -> " + missed.maxPoints() + "/" + missed.maxPoints()
                        + ": Asked in other words at #2", "AI " + done.points() + "/" + done.maxPoints() + " -> 0/"
                        + done.maxPoints() + ": Only half the question");
        assertThat(jdbc.queryForObject("select after_value from audit_entry where action = 'SIGNED_OFF' and subject_id = ?",
                String.class, String.valueOf(id))).startsWith("final " + expected + "/" + r.max() + ", global rating 3 (Borderline)");

        FinalScore mine = as("rv-student", "STUDENT", () -> review.finalScore(id)).orElseThrow();
        assertThat(mine.total()).isEqualTo(expected);
        assertThat(mine.globalRating()).isEqualTo(3);
        assertThat(mine.globalRatingLabel()).isEqualTo("Borderline");
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
        blindItem(id, other(r));
        as("rv-first", "EXAMINER", () -> review.decide(id, missed(r).itemId(), missed(r).maxPoints(), "Asked at #2"));
        as("rv-first", "EXAMINER", () -> {
            OneByOne.decideRequiredItems(review, scoring, id);
            return review.signOff(id, 4);
        });

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

        as("rv-second", "EXAMINER", () -> {
            OneByOne.decideRequiredItems(review, scoring, id);
            return review.signOff(id, 5);
        });
        ReviewSheet afterSigning = as("rv-second", "EXAMINER", () -> review.sheet(id));
        assertThat(afterSigning.otherMarkers()).extracting(MarkerSignOff::marker).containsExactly(1);
        assertThat(as("rv-second", "EXAMINER", () -> review.signedSheet(id, 1)).items())
                .filteredOn(ItemDecision::overridden).hasSize(1);
        assertThat(statusOf(id)).isEqualTo(ReviewStatus.SIGNED_OFF);
        assertThat(as("rv-student2", "STUDENT", () -> review.finalScore(id)).orElseThrow().globalRating())
                .as("the first marker's sign-off is the final score").isEqualTo(4);

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
            assertThatThrownBy(() -> as("rv-reader", role, () -> review.signOff(id, 4)))
                    .as(role + " cannot sign off").isInstanceOf(AccessDeniedException.class);
        }
        assertThat(jdbc.queryForObject("select count(*) from review_decision where encounter_id = ?", Integer.class, id))
                .isZero();
        assertThat(as("rv-examiner2", "EXAMINER", () -> review.sheet(id)).marker()).isOne();
        as("rv-examiner2", "EXAMINER", () -> {
            OneByOne.decideRequiredItems(review, scoring, id);
            return review.signOff(id, 4);
        });
        assertThat(statusOf(id)).isEqualTo(ReviewStatus.SIGNED_OFF);
    }

    @Test
    void aStudentCanNeverCallTheReviewFunctions() throws Exception {
        ScoreReport r = playedAndScored("rv-student3");
        long id = r.encounterId();
        String item = r.items().get(0).itemId();
        List<Runnable> calls = List.of(review::queue, () -> review.sheet(id), () -> review.signedSheet(id, 1),
                () -> review.decide(id, item, 0, "mine"), () -> review.signOff(id, 5), () -> review.evidenceShown(id, item),
                () -> review.studentName("rv-student"), agreement::agreement);
        for (Runnable call : calls) {
            assertThatThrownBy(() -> as("rv-student3", "STUDENT", call)).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(as("rv-student3", "STUDENT", () -> review.finalScore(id))).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from review_decision where encounter_id = ?", Integer.class, id))
                .isZero();
    }
    @Autowired BlindItems blindItems;
    @Autowired ReviewProperties properties;

    /**
     * Issue #16: a share of the items (osce.review.blind-share, 0.10: 2 of chest pain's 19 items) is chosen
     * once per encounter and kept; their proposal and evidence stay hidden until the examiner marked them,
     * without a reason to give; then the proposal shows, and a later change needs a reason as usual.
     */
    @Test
    void blindItemsAreChosenOnceAndTheirProposalIsHiddenUntilMarked() throws Exception {
        ScoreReport r = playedAndScored("rv-student5");
        long id = r.encounterId();
        ReviewSheet sheet = as("rv-blind", "EXAMINER", () -> review.sheet(id));
        List<ItemDecision> blind = sheet.items().stream().filter(ItemDecision::blind).toList();
        assertThat(properties.blindShare()).isEqualTo(0.10);
        assertThat(blind).hasSize(Math.max(1, (int) Math.round(0.10 * r.items().size())));
        assertThat(blind).allSatisfy(i -> {
            assertThat(i.aiHidden()).isTrue();
            assertThat(i.aiPoints()).isZero();
            assertThat(i.evidenceSeq()).isNull();
            assertThat(i.evidenceQuote()).isNull();
        });
        assertThat(sheet.aiHidden()).isTrue();
        List<String> chosen = blind.stream().map(ItemDecision::itemId).toList();
        assertThat(as("rv-blind", "EXAMINER", () -> review.sheet(id)).items()).filteredOn(ItemDecision::blind)
                .extracting(ItemDecision::itemId).as("stable across reloads").containsExactlyElementsOf(chosen);
        assertThat(jdbc.queryForObject("select item_ids from review_blind_selection where encounter_id = ?", String.class, id)
                .split(",")).containsExactlyInAnyOrderElementsOf(chosen);
        assertThat(as("rv-blind-reader", "FACULTY", () -> review.sheet(id)).items()).as("faculty do not mark: nothing hidden")
                .noneMatch(ItemDecision::aiHidden);

        ItemScore proposal = r.items().stream().filter(i -> i.itemId().equals(chosen.get(0))).findFirst().orElseThrow();
        int mine = proposal.points() == 0 ? proposal.maxPoints() : 0;
        ItemDecision marked = as("rv-blind", "EXAMINER", () -> review.decide(id, proposal.itemId(), mine, null));
        assertThat(marked.blindPoints()).isEqualTo(mine);
        ItemDecision shown = as("rv-blind", "EXAMINER", () -> review.sheet(id)).items().stream()
                .filter(i -> i.itemId().equals(proposal.itemId())).findFirst().orElseThrow();
        assertThat(shown.aiHidden()).isFalse();
        assertThat(shown.aiPoints()).as("shown once marked").isEqualTo(proposal.points());
        assertThat(shown.evidenceQuote()).isEqualTo(proposal.evidenceQuote());
        assertThat(shown.blindPoints()).isEqualTo(mine);
        assertThatThrownBy(() -> as("rv-blind", "EXAMINER", () -> review.decide(id, proposal.itemId(), mine, " ")))
                .as("after the proposal is shown, keeping a different mark needs a reason").isInstanceOf(ReasonRequiredException.class);
        // the blind item may be a critical one (the choice is random): its evidence is shown before confirming
        as("rv-blind", "EXAMINER", () -> review.evidenceShown(id, proposal.itemId()));
        as("rv-blind", "EXAMINER", () -> review.decide(id, proposal.itemId(), proposal.points(), null));
        assertThat(jdbc.queryForObject("select blind_points from review_decision where encounter_id = ? and item_id = ?",
                Integer.class, id, proposal.itemId())).as("the blind mark stays what it was").isEqualTo(mine);
    }

    /** Two nodes opening the same encounter at once keep one choice (the encounter is the primary key). */
    @Test
    void twoRequestsChoosingAtOnceKeepOneChoice() throws Exception {
        long encounterId = 900_000_000L + System.nanoTime() % 1_000_000;
        List<String> items = java.util.stream.IntStream.range(0, 40).mapToObj(i -> "item-" + i).toList();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            var start = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<java.util.Set<String>>> choices = new java.util.ArrayList<>();
            for (int t = 0; t < 4; t++) {
                choices.add(pool.submit(() -> {
                    start.await();
                    return blindItems.of(encounterId, items);
                }));
            }
            start.countDown();
            java.util.Set<String> first = choices.get(0).get(10, TimeUnit.SECONDS);
            assertThat(first).hasSize(4);
            for (var c : choices) {
                assertThat(c.get(10, TimeUnit.SECONDS)).isEqualTo(first);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** A critical item's proposal is confirmed only once its evidence was shown to this marker. */
    @Test
    void aCriticalItemIsConfirmedOnlyAfterItsEvidenceWasShown() throws Exception {
        ScoreReport r = playedAndScored("rv-student6");
        long id = r.encounterId();
        blindItem(id, other(r));
        ItemScore critical = r.items().stream().filter(i -> i.itemId().equals("character")).findFirst().orElseThrow();
        assertThat(as("rv-critical", "EXAMINER", () -> review.sheet(id)).items()).filteredOn(ItemDecision::critical)
                .extracting(ItemDecision::itemId).containsExactlyInAnyOrder("character", "alternative-causes");
        assertThatThrownBy(() -> as("rv-critical", "EXAMINER", () -> review.decide(id, "character", critical.points(), null)))
                .isInstanceOf(EvidenceNotShownException.class)
                .extracting(e -> ((org.oscetrainer.common.HasMessageKey) e).messageKey())
                .isEqualTo("review.critical.evidence-first");
        as("rv-critical", "EXAMINER", () -> {
            review.evidenceShown(id, "character");
            return null;
        });
        assertThat(as("rv-critical", "EXAMINER", () -> review.decide(id, "character", critical.points(), null)).decided()).isTrue();
        assertThat(as("rv-critical", "EXAMINER", () -> review.sheet(id)).items()).filteredOn(i -> i.itemId().equals("character"))
                .singleElement().satisfies(i -> assertThat(i.evidenceShown()).isTrue());
    }

    /**
     * The agreement on blind items, apart: two blind items of one encounter signed off, the examiner
     * agreeing with the AI on one and not on the other (marks given before the proposal was shown) add
     * n = 2 with one agreement, whatever the examiner changed after seeing the proposals.
     */
    @Test
    void theAgreementOnBlindItemsIsReportedApart() throws Exception {
        ScoreReport r = playedAndScored("rv-student7");
        long id = r.encounterId();
        ItemScore done = done(r);
        ItemScore missed = missed(r);
        jdbc.update("insert into review_blind_selection (encounter_id, item_ids, blind_share, chosen_at) values (?, ?, 0.1, now())",
                id, done.itemId() + "," + missed.itemId());
        AgreementFigures before = as("rv-agree-faculty", "FACULTY", () -> agreement.blindAgreement());
        StationAgreement stationBefore = chestPain(as("rv-agree-faculty", "FACULTY", () -> agreement.agreement()));

        as("rv-agree", "EXAMINER", () -> review.decide(id, done.itemId(), done.points(), null)); // agrees, blind
        as("rv-agree", "EXAMINER", () -> review.decide(id, missed.itemId(), missed.maxPoints(), null)); // differs, blind
        as("rv-agree", "EXAMINER", () -> review.decide(id, missed.itemId(), 0, null)); // comes round once shown
        as("rv-agree", "EXAMINER", () -> {
            OneByOne.decideRequiredItems(review, scoring, id);
            return review.signOff(id, 4);
        });

        AgreementFigures after = as("rv-agree-faculty", "FACULTY", () -> agreement.blindAgreement());
        assertThat(after.n() - before.n()).isEqualTo(2);
        assertThat(Math.round(after.percent() * after.n() / 100) - Math.round(Double.isNaN(before.percent()) ? 0
                : before.percent() * before.n() / 100)).as("one of the two agreed").isEqualTo(1);
        StationAgreement station = chestPain(as("rv-agree-faculty", "FACULTY", () -> agreement.agreement()));
        assertThat(station.blindAiVsExaminer().n() - (stationBefore == null ? 0 : stationBefore.blindAiVsExaminer().n()))
                .isEqualTo(2);
        assertThat(station.aiVsExaminer().n() - (stationBefore == null ? 0 : stationBefore.aiVsExaminer().n()))
                .as("every item counts in the overall figure").isEqualTo(r.items().size());
    }

    private static StationAgreement chestPain(List<StationAgreement> stations) {
        return stations.stream().filter(s -> s.stationId().equals("chest-pain-en")).findFirst().orElse(null);
    }
}
