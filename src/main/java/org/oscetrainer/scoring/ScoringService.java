package org.oscetrainer.scoring;

import org.oscetrainer.encounter.PostEncounterNoteService;
import org.oscetrainer.encounter.ConversationService;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.oscetrainer.audit.AuditAction;
import org.oscetrainer.audit.AuditEvent;
import org.oscetrainer.catalog.CatalogService;
import org.oscetrainer.examsession.ExamSessionService;
import org.oscetrainer.encounter.EncounterService;
import org.oscetrainer.encounter.EncounterSummary;
import org.oscetrainer.scoring.internal.ProposedScore;
import org.oscetrainer.scoring.internal.ProposedScoreRepository;
import org.oscetrainer.security.CurrentUser;
import org.oscetrainer.security.SystemIdentity;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** Proposes scores for ended encounters and reports them to their student and to staff. */
@Service
@PreAuthorize("isAuthenticated()")
public class ScoringService {

    private final ProposedScoreRepository scores;

    private final PostEncounterNoteService notes;

    private final ConversationService conversations;
    private final EncounterService encounters;
    private final CatalogService catalog;
    private final Grader grader;
    private final Clock clock;

    private final ApplicationEventPublisher events;
    private final NoteScorer noteScorer = new NoteScorer();

    private final TransactionTemplate transactions;

    private final ExamSessionService sessions;

    ScoringService(ProposedScoreRepository scores, EncounterService encounters, CatalogService catalog, Grader grader,
            Clock clock, ApplicationEventPublisher events, PlatformTransactionManager transactionManager,
            ExamSessionService sessions, ConversationService conversations, PostEncounterNoteService notes) {

        this.notes = notes;

        this.conversations = conversations;
        this.sessions = sessions;
        this.transactions = new TransactionTemplate(transactionManager);
        this.scores = scores;
        this.encounters = encounters;
        this.catalog = catalog;
        this.grader = grader;
        this.clock = clock;
        this.events = events;
    }

    /**
     * Scores an ended encounter's transcript once (later calls do nothing). Not one transaction: the
     * grader (an LLM call of up to a minute) runs with no database connection held, so that a whole
     * cohort ending at the deadline cannot drain the pool; the proposal is then written in one.
     */
    @PreAuthorize("hasRole('SYSTEM')")
    public void proposeScores(long encounterId) {
        if (scores.existsByEncounterIdAndItemCategoryNot(encounterId, NoteScorer.CATEGORY)) {
            return;
        }
        EncounterSummary encounter = encounters.encounter(encounterId);
        var rubric = catalog.rubric(encounter.stationVersionId());
        String language = catalog.scenario(encounter.stationVersionId()).language();
        Proposal proposal = encounter.examSessionId() != null && sessions.aiScoringStopped(encounter.examSessionId())
                ? ManualScoring.blank(rubric)
                : grader.grade(rubric, language, conversations.transcript(encounterId));
        transactions.executeWithoutResult(status -> save(encounterId, proposal));
    }

    private void save(long encounterId, Proposal proposal) {
        if (scores.existsByEncounterIdAndItemCategoryNot(encounterId, NoteScorer.CATEGORY)) {
            return; // scored meanwhile (the event was delivered twice)
        }
        var now = clock.instant();
        for (ItemScore item : proposal.items()) {
            scores.save(new ProposedScore(encounterId, item.itemId(), item.label(), item.category(), item.points(),
                    item.maxPoints(), item.evidenceTurnId(), item.evidenceSeq(), item.evidenceQuote(),
                    proposal.grader(), now)
                    .withProvenance(proposal.model(), proposal.promptHash(), item.rationale(),
                            item.flags().isEmpty() ? null : String.join(",", item.flags()), proposal.fallbackReason()));
        }
        ScoreReport proposed = new ScoreReport(encounterId, proposal.grader(), now, proposal.items(), proposal.model(),
                proposal.promptHash(), proposal.fallbackReason());
        long flagged = proposal.items().stream().filter(i -> !i.flags().isEmpty()).count();
        events.publishEvent(AuditEvent.of(AuditAction.SCORE_PROPOSED, "encounter", encounterId, null,
                proposed.total() + "/" + proposed.max() + " by " + proposal.grader()
                        + (proposal.model() == null ? "" : " (model " + proposal.model() + ", prompt " + proposal.promptHash() + ")")
                        + " (" + proposal.items().stream().filter(ItemScore::done).count() + " of "
                        + proposal.items().size() + " items with evidence"
                        + (flagged > 0 ? ", " + flagged + " flagged" : "") + ")"
                        + (proposal.fallbackReason() == null ? "" : "; fallback: " + proposal.fallbackReason())));
    }

    /**
     * Scores the submitted post-encounter note once, against the rubric's note items (offline rules,
     * evidence quoted from the note). Its items join the encounter's report.
     */
    @PreAuthorize("hasRole('SYSTEM')")
    @Transactional
    public void proposeNoteScores(long encounterId) {
        if (scores.existsByEncounterIdAndItemCategory(encounterId, NoteScorer.CATEGORY)) {
            return;
        }
        EncounterSummary encounter = encounters.encounter(encounterId);
        var rubric = catalog.rubric(encounter.stationVersionId());
        var note = notes.note(encounterId);
        if (rubric.noteItems().isEmpty() || note.isEmpty()) {
            return;
        }
        String language = catalog.scenario(encounter.stationVersionId()).language();
        boolean manual = encounter.examSessionId() != null && sessions.aiScoringStopped(encounter.examSessionId());
        List<ItemScore> items = manual ? ManualScoring.blankNote(rubric) : noteScorer.score(rubric, language, note,
                catalog.hiddenDiagnosis(encounter.stationVersionId()));
        String scorer = manual ? ManualScoring.NAME : ChecklistScorer.NAME;
        var now = clock.instant();
        for (ItemScore item : items) {
            scores.save(new ProposedScore(encounterId, item.itemId(), item.label(), item.category(), item.points(),
                    item.maxPoints(), null, null, item.evidenceQuote(), scorer, now)
                    .withProvenance(null, null, item.rationale(),
                            item.flags().isEmpty() ? null : String.join(",", item.flags()), null));
        }
        events.publishEvent(AuditEvent.of(AuditAction.SCORE_PROPOSED, "encounter-note", encounterId, null,
                items.stream().mapToInt(ItemScore::points).sum() + "/" + items.stream().mapToInt(ItemScore::maxPoints).sum()
                        + " by " + scorer + " on the post-encounter note ("
                        + items.stream().filter(ItemScore::done).count() + " of " + items.size() + " items with evidence)"));
    }

    /**
     * Feedback on an encounter for its student (or staff): the critical items, what doing each item
     * well looks like, and the student's scored attempts at the same station, oldest first. The
     * signed-off score of an attempt is used when there is one ({@code finalScores}).
     */
    @Transactional(readOnly = true)
    public StudentFeedback feedback(long encounterId, FinalScores finalScores) {
        EncounterSummary encounter = encounters.encounter(encounterId);
        CurrentUser.requireOwnerOrStaff(encounter.studentUsername());
        sessions.requireResultsVisible(encounter.examSessionId());
        // the rubric is read as the system: only the advice and the critical flags reach the student
        var rubric = SystemIdentity.call(() -> catalog.rubric(encounter.stationVersionId()));
        Map<String, String> advice = new LinkedHashMap<>();
        List<String> critical = new java.util.ArrayList<>();
        for (var item : rubric.items()) {
            if (item.goodPractice() != null && !item.goodPractice().isBlank()) {
                advice.put(item.id(), item.goodPractice());
            }
            if (item.critical()) {
                critical.add(item.id());
            }
        }
        List<EncounterSummary> sameStation = SystemIdentity.call(() -> encounters.endedEncounters()).stream()
                .filter(e -> e.studentUsername().equals(encounter.studentUsername())
                        && e.stationId().equals(encounter.stationId())
                        && (e.examSessionId() == null || sessions.resultsVisible(e.examSessionId())))
                .sorted(java.util.Comparator.comparing(EncounterSummary::startedAt)).toList();
        Map<Long, ScoreReport> scored = SystemIdentity.call(() -> reports(sameStation.stream().map(EncounterSummary::id).toList()));
        List<StudentFeedback.Attempt> attempts = new java.util.ArrayList<>();
        for (EncounterSummary e : sameStation) {
            ScoreReport r = scored.get(e.id());
            if (r == null) {
                continue;
            }
            var signed = finalScores.finalScore(e.id());
            attempts.add(new StudentFeedback.Attempt(e.id(), e.startedAt(), e.stationVersionId(),
                    signed.map(FinalScore::total).orElse(r.total()),
                    signed.map(FinalScore::max).orElse(r.max()), signed.map(FinalScore::percent).orElse(r.percent()),
                    signed.isPresent()));
        }
        return new StudentFeedback(advice, critical, attempts);
    }

    /** The proposed score of an encounter, once scored: to its student, or to staff. */
    @Transactional(readOnly = true)
    public Optional<ScoreReport> report(long encounterId) {
        EncounterSummary encounter = encounters.encounter(encounterId);
        CurrentUser.requireOwnerOrStaff(encounter.studentUsername());
        sessions.requireResultsVisible(encounter.examSessionId());
        List<ProposedScore> rows = scores.findByEncounterIdOrderById(encounterId);
        return rows.isEmpty() ? Optional.empty() : Optional.of(report(encounterId, rows));
    }

    /** Reports of many encounters at once, for lists and exports. */
    @PreAuthorize("hasAnyRole('READ_REVIEWS', 'SYSTEM')")
    @Transactional(readOnly = true)
    public Map<Long, ScoreReport> reports(Collection<Long> encounterIds) {
        Map<Long, List<ProposedScore>> byEncounter = new LinkedHashMap<>();
        for (ProposedScore row : scores.findByEncounterIdInOrderById(encounterIds)) {
            byEncounter.computeIfAbsent(row.getEncounterId(), id -> new java.util.ArrayList<>()).add(row);
        }
        Map<Long, ScoreReport> reports = new LinkedHashMap<>();
        byEncounter.forEach((id, rows) -> reports.put(id, report(id, rows)));
        return reports;
    }

    private static ScoreReport report(long encounterId, List<ProposedScore> rows) {
        ProposedScore first = rows.get(0);
        return new ScoreReport(encounterId, first.getScorer(), first.getCreatedAt(), rows.stream()
                .map(r -> new ItemScore(r.getItemId(), r.getItemLabel(), r.getItemCategory(), r.getPoints(),
                        r.getMaxPoints(), r.getEvidenceTurnId(), r.getEvidenceSeq(), r.getEvidenceQuote(),
                        r.getRationale(), r.getFlags() == null || r.getFlags().isBlank() ? List.of()
                                : List.of(r.getFlags().split(","))))
                .toList(), first.getModel(), first.getPromptHash(), first.getFallbackReason());
    }
}
