package org.oscetrainer.review.ui;

import org.oscetrainer.encounter.PostEncounterNoteService;
import org.oscetrainer.encounter.ConversationService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.oscetrainer.common.ui.Formats;
import org.oscetrainer.common.ui.TurnBubble;
import org.oscetrainer.encounter.EncounterService;
import org.oscetrainer.encounter.EncounterSummary;
import org.oscetrainer.encounter.TranscriptTurn;
import org.oscetrainer.patient.LlmOutage;
import org.oscetrainer.patient.PatientService;
import org.oscetrainer.review.ItemDecision;
import org.oscetrainer.examsession.CircuitStation;
import org.oscetrainer.examsession.ExamSessionService;
import org.oscetrainer.review.SessionMarkingService;
import org.oscetrainer.security.Capability;
import org.oscetrainer.security.CurrentUser;
import org.oscetrainer.review.ReviewService;
import org.oscetrainer.review.ReviewSheet;
import org.oscetrainer.scoring.ScoringService;

/**
 * An encounter as the examiner reviews it: the transcript and the rubric items side by side, each
 * scrolling on its own (stacked on narrow screens). Selecting an item scrolls the transcript to its
 * evidence and highlights it; selecting a turn highlights the items it earned. Everything can be done
 * from the keyboard ({@link ReviewKeys}); after sign-off, the next encounter the queue's filters match
 * (carried in the address) is one key away: in a session, the next one the examiner still has to mark.
 */
@Route("review/encounter")
@RolesAllowed("READ_REVIEWS")
public class ReviewView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final EncounterService encounters;

    private final PostEncounterNoteService notes;

    private final ConversationService conversation;
    private final ScoringService scoring;
    private final ReviewService review;
    private final PatientService patient;
    private final Clock clock;
    private final SessionMarkingService marking;
    private final ExamSessionService sessions;
    private final Map<Integer, TurnBubble> turns = new HashMap<>();
    private QueueFilter filter = QueueFilter.NONE;
    private long encounterId;
    private boolean showSignedReview;
    private DecisionPanel panel;
    private Div notePane;
    private boolean editable;

    public ReviewView(EncounterService encounters, ScoringService scoring, ReviewService review, PatientService patient,
            Clock clock, SessionMarkingService marking, ExamSessionService sessions, ConversationService conversation, PostEncounterNoteService notes) {

        this.notes = notes;

        this.conversation = conversation;
        this.marking = marking;
        this.sessions = sessions;
        this.encounters = encounters;
        this.scoring = scoring;
        this.review = review;
        this.patient = patient;
        this.clock = clock;
        addClassName("review-view");
        setSizeFull();
        ReviewKeys.register(this);
    }

    @Override
    public void setParameter(BeforeEvent event, Long encounterId) {
        filter = QueueFilter.from(event.getLocation().getQueryParameters());
        render(encounterId, false);
    }

    private void render(long encounterId, boolean showSignedReview) {
        this.encounterId = encounterId;
        this.showSignedReview = showSignedReview;
        removeAll();
        turns.clear();
        panel = null;
        EncounterSummary e = encounters.encounter(encounterId);
        Div header = new Div();
        header.addClassName("review-header");
        Anchor back = new Anchor("review" + filter.queryString(), "← " + getTranslation("review.back"));
        back.addClassName("back-to-queue");
        H1 title = new H1(e.stationTitle());
        Paragraph meta = new Paragraph(getTranslation("review.meta", review.studentName(e.studentUsername()),
                Formats.dateTime(e.startedAt(), getLocale()), getTranslation("end-reason." + e.endReason()), e.engine()));
        meta.addClassName("review-meta");
        header.add(back, title, meta);
        if (e.hasExtraTime()) {
            // examiners must know the limit was not the standard one
            Paragraph extra = new Paragraph(getTranslation("review.extra-time", Formats.extraTime(e.extraTime())));
            extra.addClassName("review-extra-time");
            header.add(extra);
        }
        header.add(outageNotice(e));

        Div items = new Div();
        items.addClassNames("review-pane", "review-items-pane");
        var report = scoring.report(encounterId);
        if (report.isEmpty()) {
            items.add(new H2(getTranslation("review.scores")), new Paragraph(getTranslation("review.scoring")));
        } else {
            items.add(decisions(report.get().scorer()));
        }
        editable = panel != null && panel.rows().stream().anyMatch(ItemRow::editable);
        header.add(editable ? ReviewKeys.hint(this, false) : nextEncounter());

        Div transcriptPane = new Div();
        transcriptPane.addClassNames("review-pane", "review-transcript-pane");
        transcriptPane.add(new H2(getTranslation("review.transcript")), transcript(), noteSection());
        Div split = new Div(transcriptPane, items);
        split.addClassName("review-split");
        add(header, split);
        expand(split);
        markEvidenceTurns();
    }

    /** The signed-in examiner's marking, or the first marker's signed review when they chose to read it. */
    private Div decisions(String scorer) {
        Div section = new Div();
        section.addClassName("proposed-scores");
        section.setWidthFull();
        ReviewSheet sheet = review.sheet(encounterId);
        if (!sheet.aiHidden()) {
            var r = scoring.report(encounterId).orElseThrow();
            Paragraph total = new Paragraph(getTranslation("review.total", r.total(), r.max(), r.percent(), scorer));
            total.addClassName("score-total");
            section.add(total);
        }
        if (showSignedReview || (sheet.marker() == 0 && !sheet.otherMarkers().isEmpty())) {
            panel = new DecisionPanel(review, review.signedSheet(encounterId, 1), () -> { }, this::showEvidence);
            section.add(panel);
            return section;
        }
        sheet.otherMarkerName().ifPresent(first -> {
            Paragraph blind = new Paragraph(getTranslation("review.second-marker", first));
            blind.addClassNames("review-notice", "second-marker-notice");
            section.add(blind);
            if (sheet.items().stream().noneMatch(ItemDecision::decided)) {
                Button show = new Button(getTranslation("review.show-signed"), e -> render(encounterId, true));
                show.addClassName("show-signed");
                show.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                show.setVisible(sheet.otherMarkerSigned());
                section.add(show);
            }
        });
        panel = new DecisionPanel(review, sheet, () -> render(encounterId, false), this::showEvidence);
        section.add(panel);
        return section;
    }

    private Div transcript() {
        Div transcript = new Div();
        transcript.addClassName("transcript");
        conversation.transcript(encounterId).forEach(t -> {
            String speaker = t.speaker().name().toLowerCase();
            TurnBubble line = new TurnBubble(speaker, "#" + t.seq() + " " + getTranslation("review.speaker." + speaker)
                    + (t.engine() == null || t.speaker().name().equals("STUDENT") ? "" : " (" + t.engine() + ")"), t.text());
            line.setSeq(t.seq());
            guardrailBadge(t).ifPresent(line::add);
            line.getElement().addEventListener("click", e -> showEarnedBy(t.seq()));
            turns.put(t.seq(), line);
            transcript.add(line);
        });
        return transcript;
    }

    /**
     * Highlights the turns that earned items, with the items' labels; a blind item's evidence only once
     * the examiner has marked it.
     */
    private void markEvidenceTurns() {
        if (panel == null) {
            return;
        }
        Map<Integer, String> earned = panel.rows().stream().map(ItemRow::item)
                .filter(i -> !i.aiHidden() && i.aiPoints() > 0 && i.evidenceSeq() != null)
                .collect(Collectors.groupingBy(ItemDecision::evidenceSeq,
                        Collectors.mapping(ItemDecision::label, Collectors.joining(" · "))));
        turns.forEach((seq, line) -> {
            line.getElement().getClassList().set("evidence-turn", earned.containsKey(seq));
            line.getChildren().filter(c -> c.hasClassName("earned")).toList().forEach(line::remove);
            if (earned.containsKey(seq)) {
                Span label = new Span(getTranslation("review.earned", earned.get(seq)));
                label.addClassName("earned");
                line.add(label);
            }
        });
    }

    /** An item was selected: scroll the transcript to its evidence and highlight it; record that it was shown. */
    private void showEvidence(ItemRow row) {
        markEvidenceTurns();
        turns.values().forEach(t -> t.removeClassName("evidence-focus"));
        notePane.removeClassName("evidence-focus");
        ItemDecision item = row.item();
        if (item.aiHidden()) {
            return;
        }
        if (item.evidenceSeq() != null && turns.containsKey(item.evidenceSeq())) {
            TurnBubble turn = turns.get(item.evidenceSeq());
            turn.addClassName("evidence-focus");
            turn.getElement().executeJs("this.scrollIntoView({block: 'center'})");
        } else if (item.evidenceQuote() != null) {
            notePane.addClassName("evidence-focus");
            notePane.getElement().executeJs("this.scrollIntoView({block: 'start'})");
        }
        if (row.editable()) {
            review.evidenceShown(encounterId, item.itemId());
        }
    }

    /** A turn was selected: highlight the items it earned and bring the first into view. */
    private void showEarnedBy(int seq) {
        if (panel == null) {
            return;
        }
        turns.forEach((s, t) -> t.getElement().getClassList().set("turn-selected", s == seq));
        List<ItemRow> earned = panel.earnedBy(seq);
        if (!earned.isEmpty()) {
            earned.get(0).getElement().executeJs("this.scrollIntoView({block: 'nearest'})");
        }
    }

    /** After sign-off (or for a read-only review): the next encounter to review ({@link #following}). */
    private Div nextEncounter() {
        Div next = new Div();
        next.addClassName("next-encounter");
        Optional<Next> following = following();
        if (following.isPresent()) {
            Next n = following.get();
            Anchor link = new Anchor("review/encounter/" + n.encounterId() + filter.queryString(),
                    getTranslation("review.next", n.studentName(), n.stationTitle()));
            link.addClassName("next-encounter-link");
            next.add(link, ReviewKeys.hint(this, true));
        } else {
            Span none = new Span(getTranslation(marksSession() ? "review.next.none.session" : "review.next.none"));
            none.addClassName("no-next-encounter");
            next.add(none);
        }
        return next;
    }

    /**
     * The encounter after this one: for an examiner marking a session (the queue filtered by session, and
     * maybe station), the next one of that session and station they still have to mark, station by station
     * ({@link SessionMarkingService}); otherwise the next one the queue's filters match.
     */
    private Optional<Next> following() {
        if (marksSession()) {
            String stationId = filter.station() == null ? null : sessions.session(filter.sessionId()).stations().stream()
                    .filter(s -> s.title().equals(filter.station())).map(CircuitStation::stationId).findFirst().orElse("");
            return marking.next(filter.sessionId(), stationId, encounterId)
                    .map(t -> new Next(t.encounterId(), t.studentName(), t.stationTitle()));
        }
        return filter.next(review.queue(), encounterId).map(n -> new Next(n.encounterId(), n.studentName(), n.stationTitle()));
    }

    private boolean marksSession() {
        return filter.sessionId() != null && CurrentUser.can(Capability.MARK);
    }

    private record Next(long encounterId, String studentName, String stationTitle) {
    }

    // the keyboard's actions (ReviewKeys)

    void moveItem(int step) {
        if (panel != null) {
            panel.move(step);
        }
    }

    void onCurrentItem(java.util.function.Consumer<ItemRow> action) {
        if (panel != null) {
            panel.current().filter(ItemRow::editable).ifPresent(action);
        }
    }

    void nextRating() {
        if (panel != null) {
            panel.nextRating();
        }
    }

    void signOff() {
        if (panel != null && editable) {
            panel.signOff();
        }
    }

    void goToNextEncounter() {
        following().ifPresent(n -> getUI().ifPresent(ui -> ui.navigate(
                "review/encounter/" + n.encounterId(), filter.toQueryParameters())));
    }

    /** The student's post-encounter note, question by question, or a line saying there is none yet. */
    private Div noteSection() {
        notePane = new Div();
        notePane.addClassName("review-note");
        notePane.add(new H2(getTranslation("review.note.title")));
        var note = notes.note(encounterId);
        if (note.isEmpty()) {
            notePane.add(new Paragraph(getTranslation("review.note.none")));
            return notePane;
        }
        for (var answer : note) {
            Paragraph question = new Paragraph(answer.question());
            question.addClassName("note-question");
            Paragraph text = new Paragraph(answer.answer().isEmpty() ? "—" : answer.answer());
            text.addClassName("note-answer-text");
            notePane.add(question, text);
        }
        return notePane;
    }

    /** The LLM outages during the encounter, so the examiner can add time; empty when there were none. */
    private Div outageNotice(EncounterSummary e) {
        Div notice = new Div();
        Instant end = e.endedAt() != null ? e.endedAt() : clock.instant();
        List<LlmOutage> outages = patient.outagesBetween(e.startedAt(), end);
        if (outages.isEmpty()) {
            notice.setVisible(false);
            return notice;
        }
        notice.addClassName("outage-notice");
        notice.add(new H2(getTranslation("review.outage.title")));
        for (LlmOutage o : outages) {
            notice.add(new Paragraph(getTranslation(o.endedAt() == null ? "review.outage.ongoing" : "review.outage.period",
                    Formats.time(o.startedAt(), getLocale()), Formats.time(o.endedAt(), getLocale()),
                    Formats.duration(o.duration(clock.instant())), o.reason())));
        }
        Instant first = outages.get(0).startedAt().isBefore(e.startedAt()) ? e.startedAt() : outages.get(0).startedAt();
        LlmOutage last = outages.get(outages.size() - 1);
        Instant lastEnd = last.endedAt() == null || last.endedAt().isAfter(end) ? end : last.endedAt();
        notice.add(new Paragraph(getTranslation("review.outage.within", Formats.duration(Duration.between(first, lastEnd)))));
        return notice;
    }

    /** What the guardrails did before the patient's line was shown, unless it simply passed. Examiners only. */
    private Optional<Span> guardrailBadge(TranscriptTurn t) {
        String verdict = t.guardrailVerdict();
        if (verdict == null || "PASSED".equals(verdict)) {
            return Optional.empty();
        }
        String text = getTranslation("guardrail." + verdict);
        if (t.guardrailDetail() != null) {
            text = getTranslation("guardrail.with-rules", text, t.guardrailDetail());
        }
        Span badge = new Span(text);
        badge.addClassName("guardrail-badge");
        badge.getElement().getThemeList().add("badge");
        badge.getElement().getThemeList().add("REGENERATED".equals(verdict) ? "contrast" : "error");
        badge.getElement().setAttribute("data-verdict", verdict);
        return Optional.of(badge);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("review.transcript") + " · " + getTranslation("app.name");
    }
}
