package org.oscetrainer.review;

import java.time.Clock;
import java.util.HashMap;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.oscetrainer.audit.AuditAction;
import org.oscetrainer.audit.AuditEvent;
import org.oscetrainer.encounter.EncounterService;
import org.oscetrainer.encounter.EncounterSummary;
import java.util.Set;
import org.oscetrainer.catalog.CatalogService;
import org.oscetrainer.catalog.Rubric;
import org.oscetrainer.review.internal.EvidenceShown;
import org.oscetrainer.review.internal.EvidenceShownRepository;
import org.oscetrainer.review.internal.ReviewDecision;
import org.oscetrainer.review.internal.ReviewDecisionRepository;
import org.oscetrainer.review.internal.ReviewSignOff;
import org.oscetrainer.review.internal.ReviewSignOffRepository;
import org.oscetrainer.scoring.FinalScore;
import org.oscetrainer.scoring.FinalScores;
import org.oscetrainer.scoring.ItemScore;
import org.oscetrainer.scoring.ManualScoring;
import org.oscetrainer.examsession.ExamSessionService;
import org.oscetrainer.scoring.ScoreReport;
import org.oscetrainer.scoring.ScoringService;
import org.oscetrainer.security.AccountService;
import org.oscetrainer.security.Capability;
import org.oscetrainer.security.CurrentUser;
import org.oscetrainer.security.SystemIdentity;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Examiner review: the queue, each examiner's decisions on the AI's proposals (confirm, or override
 * with a reason), sign-off into a final score, and an optional blind second marking. Signed reviews
 * are read-only. Only the final score, once signed, reaches the student.
 */
@Service
@PreAuthorize("hasRole('READ_REVIEWS')")
public class ReviewService implements FinalScores {

    private final EncounterService encounters;
    private final ScoringService scoring;
    private final AccountService accounts;
    private final ReviewDecisionRepository decisions;
    private final ReviewSignOffRepository signOffs;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ExamSessionService sessions;
    private final CatalogService catalog;
    private final BlindItems blindItems;
    private final EvidenceShownRepository shown;
    private final EncounterMarkers markers;

    ReviewService(EncounterService encounters, ScoringService scoring, AccountService accounts,
            ReviewDecisionRepository decisions, ReviewSignOffRepository signOffs, ApplicationEventPublisher events,
            Clock clock, ExamSessionService sessions, CatalogService catalog, BlindItems blindItems,
            EvidenceShownRepository shown, EncounterMarkers markers) {
        this.markers = markers;
        this.sessions = sessions;
        this.catalog = catalog;
        this.blindItems = blindItems;
        this.shown = shown;
        this.encounters = encounters;
        this.scoring = scoring;
        this.accounts = accounts;
        this.decisions = decisions;
        this.signOffs = signOffs;
        this.events = events;
        this.clock = clock;
    }

    /** Every ended encounter, newest first, with its AI total, review status and final total. */
    @Transactional(readOnly = true)
    public List<ReviewQueueEntry> queue() {
        List<EncounterSummary> ended = encounters.endedEncounters();
        List<Long> ids = ended.stream().map(EncounterSummary::id).toList();
        var reports = scoring.reports(ids);
        var names = accounts.displayNames(ended.stream().map(EncounterSummary::studentUsername).distinct().toList());
        Map<Long, List<ReviewDecision>> decided = decisions.findByEncounterIdInOrderById(ids).stream()
                .collect(Collectors.groupingBy(ReviewDecision::getEncounterId));
        Map<Long, List<ReviewSignOff>> signed = signOffs.findByEncounterIdIn(ids).stream()
                .collect(Collectors.groupingBy(ReviewSignOff::getEncounterId));
        return ended.stream().map(e -> {
            var report = reports.get(e.id());
            List<ReviewDecision> ds = decided.getOrDefault(e.id(), List.of());
            List<ReviewSignOff> ss = signed.getOrDefault(e.id(), List.of());
            Optional<ReviewSignOff> first = ss.stream().filter(s -> s.getMarker() == 1).findFirst();
            return new ReviewQueueEntry(e.id(), e.studentUsername(), names.getOrDefault(e.studentUsername(),
                    e.studentUsername()), e.stationTitle(), e.endedAt(), e.endReason(),
                    report == null ? null : report.total(), report == null ? null : report.max(), status(ds, ss),
                    first.map(ReviewSignOff::getFinalTotal).orElse(null), first.map(ReviewSignOff::getFinalMax).orElse(null),
                    ds.stream().anyMatch(d -> d.getPoints() != d.getAiPoints()), e.examSessionId());
        }).toList();
    }

    /**
     * The encounter's review as the signed-in examiner marks it (as first marker, or blind as second);
     * read-only (marker 0) for faculty and admins, who read reviews but do not mark.
     */
    @Transactional(readOnly = true)
    public ReviewSheet sheet(long encounterId) {
        EncounterSummary e = encounters.encounter(encounterId);
        String me = CurrentUser.username();
        List<ReviewDecision> ds = decisions.findByEncounterIdOrderById(encounterId);
        List<ReviewSignOff> ss = signOffs.findByEncounterIdOrderByMarker(encounterId);
        int marker = CurrentUser.can(Capability.MARK) ? markerOf(encounterId, me, ds, ss) : 0;
        Optional<ReviewSignOff> mine = ss.stream().filter(s -> s.getMarker() == marker).findFirst();
        boolean blind = marker != 0 && mine.isEmpty();
        List<ReviewSignOff> others = ss.stream().filter(s -> s.getMarker() != marker).toList();
        Optional<String> otherMarker = blind && marker == 2 ? ds.stream()
                .filter(d -> d.getMarker() != marker).map(ReviewDecision::getExaminer).findFirst()
                .or(() -> others.stream().map(ReviewSignOff::getExaminer).findFirst()).map(this::name) : Optional.empty();
        Rubric rubric = catalog.rubric(e.stationVersionId());
        return new ReviewSheet(encounterId, marker, items(e, rubric, ds, marker), mine.map(s -> signOff(s, rubric)),
                blind ? List.of() : others.stream().map(s -> signOff(s, rubric)).toList(), otherMarker,
                marker == 2 && blind && !others.isEmpty(), manual(encounterId), rubric.ratingScale());
    }

    /** A signed-off marker's review, read-only; refused to an examiner who is still marking it blind. */
    @Transactional(readOnly = true)
    public ReviewSheet signedSheet(long encounterId, int marker) {
        EncounterSummary e = encounters.encounter(encounterId);
        String me = CurrentUser.username();
        List<ReviewDecision> ds = decisions.findByEncounterIdOrderById(encounterId);
        List<ReviewSignOff> ss = signOffs.findByEncounterIdOrderByMarker(encounterId);
        int myMarker = markerOf(encounterId, me, ds, ss);
        boolean iAmMarking = ds.stream().anyMatch(d -> d.getExaminer().equals(me));
        if (iAmMarking && ss.stream().noneMatch(s -> s.getMarker() == myMarker)) {
            throw new AccessDeniedException("Sign your own marking before reading the other marker's");
        }
        ReviewSignOff signed = ss.stream().filter(s -> s.getMarker() == marker).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Marker " + marker + " has not signed off"));
        Rubric rubric = catalog.rubric(e.stationVersionId());
        return new ReviewSheet(encounterId, marker, items(e, rubric, ds, marker), Optional.of(signOff(signed, rubric)),
                ss.stream().filter(s -> s.getMarker() != marker).map(s -> signOff(s, rubric)).toList(), Optional.empty(),
                false, manual(encounterId), rubric.ratingScale());
    }

    /**
     * Confirms ({@code points} equal to the AI's) or overrides one item, as the signed-in examiner's
     * marking. An override needs a reason, which the student will read as feedback. Only examiners
     * mark: faculty and admins read reviews.
     */
    @PreAuthorize("hasRole('MARK')")
    @Transactional
    public ItemDecision decide(long encounterId, String itemId, int points, String reason) {
        ScoreReport scored = report(encounterId);
        boolean manual = ManualScoring.NAME.equals(scored.scorer());
        ItemScore item = scored.items().stream().filter(i -> i.itemId().equals(itemId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No item " + itemId + " in encounter " + encounterId));
        if (points < 0 || points > item.maxPoints()) {
            throw new IllegalArgumentException("Points are 0 to " + item.maxPoints() + ", not " + points);
        }
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        String me = CurrentUser.username();
        List<ReviewDecision> ds = decisions.findByEncounterIdOrderById(encounterId);
        int marker = markerToWrite(encounterId, me, ds);
        ReviewDecision decision = ds.stream().filter(d -> d.getMarker() == marker && d.getItemId().equals(itemId))
                .findFirst().orElseGet(() -> new ReviewDecision(encounterId, marker, itemId, item.points(),
                        item.maxPoints(), me));
        // a blind item's first mark is the examiner's own, given without the AI's proposal: no reason to give
        boolean blindMark = !manual && decision.isNew() && blindItems(encounterId, scored).contains(itemId);
        if (points != item.points() && why == null && !manual && !blindMark) {
            throw new ReasonRequiredException(itemId);
        }
        if (!manual && !blindMark && points == item.points() && critical(encounterId, itemId)
                && !shown.existsById(new EvidenceShown.Key(encounterId, marker, itemId))) {
            throw new EvidenceNotShownException(itemId);
        }
        Integer previous = decision.isNew() ? null : decision.getPoints();
        String previousReason = decision.getReason();
        decision.decide(points, why, clock.instant());
        if (blindMark) {
            decision.markBlind(points);
        }
        decisions.save(decision);
        if (points != item.points() || (manual && previous == null) || (previous != null && (previous != points || !Objects.equals(previousReason, why)))) {
            events.publishEvent(AuditEvent.of(AuditAction.SCORE_OVERRIDDEN, "encounter-item",
                    encounterId + ":" + itemId + ":marker-" + marker,
                    previous == null ? (manual ? "not scored (AI scoring stopped)" : "AI " + item.points() + "/" + item.maxPoints())
                            : previous + "/" + item.maxPoints() + (previousReason == null ? "" : ": " + previousReason),
                    points + "/" + item.maxPoints() + (blindMark ? " (marked blind, AI proposal hidden)" : "")
                            + (why == null ? (manual || blindMark ? (manual ? " (scored by the examiner)" : "")
                                    : " (confirmed AI)") : ": " + why)));
        }
        return toItem(item, decision);
    }

    /**
     * Records that the signed-in examiner was shown the evidence of an item (they selected it and the
     * transcript scrolled to its evidence turn): a critical item's proposal may then be confirmed.
     * Nothing is recorded once their marking is signed.
     */
    @PreAuthorize("hasRole('MARK')")
    @Transactional
    public void evidenceShown(long encounterId, String itemId) {
        String me = CurrentUser.username();
        List<ReviewDecision> ds = decisions.findByEncounterIdOrderById(encounterId);
        List<ReviewSignOff> ss = signOffs.findByEncounterIdOrderByMarker(encounterId);
        int marker = markerOf(encounterId, me, ds, ss);
        if (marker == 0 || ss.stream().anyMatch(s -> s.getMarker() == marker)
                || shown.existsById(new EvidenceShown.Key(encounterId, marker, itemId))) {
            return;
        }
        shown.save(new EvidenceShown(encounterId, marker, itemId, me, clock.instant()));
    }

    /**
     * Signs off the signed-in examiner's marking: items not decided one by one are confirmed as the AI
     * proposed them; the final score is the sum of the decided points. The review is then read-only.
     * Critical and blind items are never confirmed that way: they must have been decided one by one.
     * The global rating is a level of the station's own scale (its rubric's). Only examiners sign off.
     */
    @PreAuthorize("hasRole('MARK')")
    @Transactional
    public MarkerSignOff signOff(long encounterId, int ratingValue) {
        EncounterSummary e = encounters.encounter(encounterId);
        Rubric rubric = catalog.rubric(e.stationVersionId());
        GlobalRating rating = GlobalRating.of(rubric.ratingScale(), ratingValue);
        ScoreReport report = report(encounterId);
        String me = CurrentUser.username();
        List<ReviewDecision> ds = decisions.findByEncounterIdOrderById(encounterId);
        int marker = markerToWrite(encounterId, me, ds);
        var now = clock.instant();
        Map<String, ReviewDecision> mine = ds.stream().filter(d -> d.getMarker() == marker)
                .collect(Collectors.toMap(ReviewDecision::getItemId, d -> d));
        if (ManualScoring.NAME.equals(report.scorer())) {
            List<String> unscored = report.items().stream().map(ItemScore::itemId).filter(id -> !mine.containsKey(id)).toList();
            if (!unscored.isEmpty()) {
                throw new ManualScoringIncompleteException(unscored);
            }
        } else {
            Set<String> blind = blindItems(encounterId, report);
            Set<String> critical = criticalIds(rubric);
            List<String> oneByOne = report.items().stream().map(ItemScore::itemId)
                    .filter(id -> !mine.containsKey(id) && (blind.contains(id) || critical.contains(id))).toList();
            if (!oneByOne.isEmpty()) {
                throw new UndecidedItemsException(oneByOne);
            }
        }
        int total = 0;
        for (ItemScore item : report.items()) {
            ReviewDecision d = mine.get(item.itemId());
            if (d == null) {
                d = new ReviewDecision(encounterId, marker, item.itemId(), item.points(), item.maxPoints(), me);
                d.decide(item.points(), null, now);
                decisions.save(d);
                mine.put(item.itemId(), d);
            }
            total += d.getPoints();
        }
        long overridden = mine.values().stream().filter(d -> d.getPoints() != d.getAiPoints()).count();
        ReviewSignOff signed = signOffs.save(new ReviewSignOff(encounterId, marker, me, rating.value(), total,
                report.max(), now));
        events.publishEvent(AuditEvent.of(AuditAction.SIGNED_OFF, "encounter", encounterId,
                "AI " + report.total() + "/" + report.max(),
                "final " + total + "/" + report.max() + ", global rating " + rating.value() + " (" + rating.label() + "), marker "
                        + marker + ", " + overridden + " item(s) overridden"));
        return signOff(signed, rubric);
    }

    /** The first marker's signed-off score: to the encounter's own student (or staff), empty until signed. */
    @Override
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<FinalScore> finalScore(long encounterId) {
        sessions.requireResultsVisible(encounters.encounter(encounterId).examSessionId());
        Optional<ReviewSignOff> signed = signOffs.findByEncounterIdOrderByMarker(encounterId).stream()
                .filter(s -> s.getMarker() == 1).findFirst();
        if (signed.isEmpty()) {
            return Optional.empty();
        }
        ScoreReport report = scoring.report(encounterId).orElseThrow();
        Map<String, ReviewDecision> decided = decisions.findByEncounterIdOrderById(encounterId).stream()
                .filter(d -> d.getMarker() == 1).collect(Collectors.toMap(ReviewDecision::getItemId, d -> d));
        List<FinalScore.Item> items = report.items().stream().map(i -> {
            ReviewDecision d = decided.get(i.itemId());
            int points = d == null ? i.points() : d.getPoints();
            return new FinalScore.Item(i.itemId(), i.label(), i.points(), points, i.maxPoints(),
                    d == null ? null : d.getReason());
        }).toList();
        ReviewSignOff s = signed.get();
        String ratingLabel = SystemIdentity.call(() -> catalog.rubric(encounters.encounter(encounterId).stationVersionId()))
                .ratingScale().levels().stream().filter(l -> l.value() == s.getGlobalRating()).map(Rubric.Level::label)
                .findFirst().orElse("");
        return Optional.of(new FinalScore(encounterId, s.getFinalTotal(), s.getFinalMax(), s.getGlobalRating(),
                ratingLabel, s.getSignedAt(), items));
    }

    /**
     * The signed-off first markings of many encounters at once (a session's, for analytics and
     * exports), by encounter id; encounters not signed off are absent.
     */
    @PreAuthorize("hasAnyRole('READ_ANALYTICS', 'SYSTEM')")
    @Transactional(readOnly = true)
    public Map<Long, SignedResult> signedResults(Collection<Long> encounterIds) {
        Map<Long, SignedResult> results = new java.util.HashMap<>();
        List<Long> ids = List.copyOf(encounterIds);
        for (int from = 0; from < ids.size(); from += 1000) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 1000));
            Map<Long, List<ReviewDecision>> decided = decisions.findByEncounterIdInOrderById(chunk).stream()
                    .filter(d -> d.getMarker() == 1).collect(Collectors.groupingBy(ReviewDecision::getEncounterId));
            for (ReviewSignOff s : signOffs.findByEncounterIdIn(chunk)) {
                if (s.getMarker() != 1) {
                    continue;
                }
                List<ReviewDecision> ds = decided.getOrDefault(s.getEncounterId(), List.of());
                Map<String, Integer> points = new java.util.LinkedHashMap<>();
                ds.forEach(d -> points.put(d.getItemId(), d.getPoints()));
                List<SignedResult.Change> changes = ds.stream().filter(d -> d.getPoints() != d.getAiPoints())
                        .map(d -> new SignedResult.Change(d.getItemId(), d.getAiPoints(), d.getPoints(), d.getReason(),
                                d.getDecidedAt()))
                        .toList();
                results.put(s.getEncounterId(), new SignedResult(s.getEncounterId(), s.getExaminer(), s.getSignedAt(),
                        s.getGlobalRating(), s.getFinalTotal(), s.getFinalMax(), points, changes));
            }
        }
        return results;
    }

    private boolean manual(long encounterId) {
        return scoring.report(encounterId).map(r -> ManualScoring.NAME.equals(r.scorer())).orElse(false);
    }

    /** The student's display name, for the transcript header. */
    public String studentName(String username) {
        return name(username);
    }

    private ScoreReport report(long encounterId) {
        return scoring.report(encounterId)
                .orElseThrow(() -> new IllegalStateException("Encounter " + encounterId + " is not scored yet"));
    }

    /** The marker number the examiner writes as; refuses a signed marking, or a third marker. */
    private int markerToWrite(long encounterId, String me, List<ReviewDecision> ds) {
        List<ReviewSignOff> ss = signOffs.findByEncounterIdOrderByMarker(encounterId);
        int marker = markerOf(encounterId, me, ds, ss);
        if (marker != 1) {
            // read locked, as committed: faculty may just have handed this second marking to someone else
            String assigned = markers.assignedSecondForUpdate(encounterId);
            if (!Objects.equals(assigned, markers.assignedSecond(encounterId))) {
                throw new SecondMarkingException("second-marking.error.changed", "The second marking of encounter "
                        + encounterId + " has just been changed");
            }
            if (assigned != null && !assigned.equals(me)) {
                throw new SecondMarkingException("second-marking.error.not-yours", "The second marking of encounter "
                        + encounterId + " is " + assigned + "'s", name(assigned));
            }
        }
        if (marker == 0) {
            throw new AccessDeniedException("Encounter " + encounterId + " has already been marked by two examiners");
        }
        if (ss.stream().anyMatch(s -> s.getMarker() == marker)) {
            throw new ReviewLockedException(encounterId);
        }
        return marker;
    }

    /**
     * The examiner's own marker number if they have begun, else the next one free to them ({@link Markers}:
     * marker 2 is an assigned second marker's alone), else 0.
     */
    private int markerOf(long encounterId, String me, List<ReviewDecision> ds, List<ReviewSignOff> ss) {
        return new Markers(examinerOf(1, ds, ss), false, null, examinerOf(2, ds, ss), false,
                markers.assignedSecond(encounterId)).markerFor(me);
    }

    private static String examinerOf(int marker, List<ReviewDecision> ds, List<ReviewSignOff> ss) {
        return ds.stream().filter(d -> d.getMarker() == marker).map(ReviewDecision::getExaminer).findFirst()
                .or(() -> ss.stream().filter(s -> s.getMarker() == marker).map(ReviewSignOff::getExaminer).findFirst())
                .orElse(null);
    }

    /** To review until the first marker signs; then in second marking while a second marker has begun and not signed. */
    private static ReviewStatus status(List<ReviewDecision> ds, List<ReviewSignOff> ss) {
        if (ss.stream().noneMatch(s -> s.getMarker() == 1)) {
            return ReviewStatus.TO_REVIEW; // an assigned second marker may begin before the first marker
        }
        boolean secondStarted = ds.stream().anyMatch(d -> d.getMarker() == 2);
        boolean secondSigned = ss.stream().anyMatch(s -> s.getMarker() == 2);
        return secondStarted && !secondSigned ? ReviewStatus.SECOND_MARKING : ReviewStatus.SIGNED_OFF;
    }

    /** The marker's items; a blind item's proposal and evidence are withheld from a marker until they marked it. */
    private List<ItemDecision> items(EncounterSummary e, Rubric rubric, List<ReviewDecision> ds, int marker) {
        Map<String, ReviewDecision> mine = new HashMap<>();
        ds.stream().filter(d -> d.getMarker() == marker).forEach(d -> mine.put(d.getItemId(), d));
        Optional<ScoreReport> report = scoring.report(e.id());
        if (report.isEmpty()) {
            return List.of();
        }
        boolean manual = ManualScoring.NAME.equals(report.get().scorer());
        Set<String> blind = manual || marker == 0 ? Set.of() : blindItems(e.id(), report.get());
        Set<String> critical = criticalIds(rubric);
        Set<String> seen = marker == 0 ? Set.of() : shown.findByEncounterIdAndMarker(e.id(), marker).stream()
                .map(EvidenceShown::getItemId).collect(Collectors.toSet());
        return report.get().items().stream().map(i -> {
            ReviewDecision d = mine.get(i.itemId());
            ItemDecision item = new ItemDecision(i.itemId(), i.label(), i.category(), i.maxPoints(), i.points(),
                    i.evidenceSeq(), i.evidenceQuote(), d == null ? null : d.getPoints(), d == null ? null : d.getReason(),
                    critical.contains(i.itemId()), blind.contains(i.itemId()), d == null ? null : d.getBlindPoints(),
                    seen.contains(i.itemId()));
            return item.aiHidden() ? new ItemDecision(item.itemId(), item.label(), item.category(), item.maxPoints(), 0,
                    null, null, null, null, item.critical(), true, null, item.evidenceShown()) : item;
        }).toList();
    }

    private static ItemDecision toItem(ItemScore i, ReviewDecision d) {
        return new ItemDecision(i.itemId(), i.label(), i.category(), i.maxPoints(), i.points(), i.evidenceSeq(),
                i.evidenceQuote(), d.getPoints(), d.getReason(), false, d.getBlindPoints() != null, d.getBlindPoints(),
                false);
    }

    /** The encounter's blind items, chosen on first use; none when AI scoring was stopped. */
    private Set<String> blindItems(long encounterId, ScoreReport report) {
        if (ManualScoring.NAME.equals(report.scorer())) {
            return Set.of();
        }
        return blindItems.of(encounterId, report.items().stream().map(ItemScore::itemId).toList());
    }

    private boolean critical(long encounterId, String itemId) {
        return criticalIds(catalog.rubric(encounters.encounter(encounterId).stationVersionId())).contains(itemId);
    }

    private static Set<String> criticalIds(Rubric rubric) {
        return rubric.items().stream().filter(Rubric.Item::critical).map(Rubric.Item::id).collect(Collectors.toSet());
    }

    private MarkerSignOff signOff(ReviewSignOff s, Rubric rubric) {
        Rubric.RatingScale scale = rubric.ratingScale();
        GlobalRating rating = scale.levels().stream().anyMatch(l -> l.value() == s.getGlobalRating())
                ? GlobalRating.of(scale, s.getGlobalRating())
                : new GlobalRating(s.getGlobalRating(), "", false); // signed on a scale the rubric no longer has
        return new MarkerSignOff(s.getMarker(), s.getExaminer(), name(s.getExaminer()), rating,
                s.getFinalTotal(), s.getFinalMax(), s.getSignedAt());
    }

    private String name(String username) {
        return accounts.displayNames(List.of(username)).getOrDefault(username, username);
    }
}
