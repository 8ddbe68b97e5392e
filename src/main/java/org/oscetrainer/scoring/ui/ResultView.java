package org.oscetrainer.scoring.ui;

import org.oscetrainer.encounter.PostEncounterNoteService;
import org.oscetrainer.encounter.ConversationService;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
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
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.oscetrainer.common.ui.Formats;
import org.oscetrainer.common.ui.TurnBubble;
import org.oscetrainer.encounter.EncounterService;
import org.oscetrainer.encounter.EncounterSummary;
import org.oscetrainer.examsession.ExamMode;
import org.oscetrainer.examsession.ExamSession;
import org.oscetrainer.examsession.ExamSessionService;
import org.oscetrainer.scoring.FinalScore;
import org.oscetrainer.scoring.ManualScoring;
import org.oscetrainer.scoring.FinalScores;
import org.oscetrainer.scoring.ItemScore;
import org.oscetrainer.scoring.NoteScorer;
import org.oscetrainer.scoring.ScoreReport;
import org.oscetrainer.scoring.ScoringService;
import org.oscetrainer.scoring.StudentFeedback;
import org.oscetrainer.security.Capability;
import org.oscetrainer.security.CurrentUser;

/**
 * The student's feedback after an encounter: item by item with the evidence; the examiner's final
 * score (with their reasons for changed items) once signed off, else the AI's proposal, labelled as such.
 */
@Route("result")
@RolesAllowed({"PLAY_STATIONS", "READ_REVIEWS"})
public class ResultView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final ScoringService scoring;

    private final PostEncounterNoteService notes;

    private final ConversationService conversation;
    private final EncounterService encounters;
    private final FinalScores finalScores;
    private final ExamSessionService sessions;
    private EncounterSummary encounter;
    private Registration polling;
    private boolean scored;
    private StudentFeedback feedback;

    /** The examiner's global rating scale, 1 to 5 (keys {@code rating.*}). */

    public ResultView(ScoringService scoring, EncounterService encounters, FinalScores finalScores,
            ExamSessionService sessions, ConversationService conversation, PostEncounterNoteService notes) {

        this.notes = notes;

        this.conversation = conversation;
        this.sessions = sessions;
        this.scoring = scoring;
        this.encounters = encounters;
        this.finalScores = finalScores;
        addClassName("result-view");
    }

    @Override
    public void setParameter(BeforeEvent event, Long encounterId) {
        encounter = encounters.encounter(encounterId);
        if (!encounter.ended()) {
            event.forwardTo("encounter/" + encounterId);
            return;
        }
        render();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        if (encounter == null || !encounter.ended() || scored) {
            return;
        }
        render();
        if (!scored) {
            attachEvent.getUI().setPollInterval(500);
            polling = attachEvent.getUI().addPollListener(e -> {
                if (scoring.report(encounter.id()).isPresent()) {
                    stopPolling(e.getSource());
                    render();
                }
            });
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        stopPolling(detachEvent.getUI());
    }

    private void stopPolling(com.vaadin.flow.component.UI ui) {
        ui.setPollInterval(-1);
        if (polling != null) {
            polling.remove();
            polling = null;
        }
    }

    private void render() {
        removeAll();
        add(new H1(getTranslation("result.title", encounter.stationTitle())));
        noteLink();
        if (withheld()) {
            return;
        }
        var report = scoring.report(encounter.id());
        if (report.isEmpty()) {
            Paragraph pending = new Paragraph(getTranslation("result.pending"));
            pending.addClassName("scoring-pending");
            add(pending);
            return;
        }
        scored = true;
        ScoreReport r = report.get();
        Optional<FinalScore> reviewed = finalScores.finalScore(encounter.id());
        if (reviewed.isEmpty() && ManualScoring.NAME.equals(r.scorer())) {
            add(message("result.manual-pending"));
            return;
        }
        Div total = new Div();
        total.addClassName("score-total");
        Span value = new Span(reviewed.map(f -> f.total() + " / " + f.max()).orElse(r.total() + " / " + r.max()));
        value.addClassName("score-value");
        total.add(value, new Span(" " + getTranslation("result.percent",
                reviewed.map(FinalScore::percent).orElse(r.percent()))));
        Paragraph note = reviewed.map(f -> new Paragraph(getTranslation("result.reviewed-note",
                Formats.dateTime(f.signedAt(), getLocale()), r.total(), r.max()))).orElse(
                        new Paragraph(getTranslation("result.proposed-note")));
        note.addClassName(reviewed.isPresent() ? "reviewed-note" : "proposed-note");
        add(total, note);
        reviewed.ifPresent(f -> {
            Paragraph rating = new Paragraph(getTranslation("result.global-rating",
                    getTranslation("rating.level", f.globalRating(), f.globalRatingLabel())));
            rating.addClassName("global-rating");
            add(rating);
        });
        feedback = scoring.feedback(encounter.id(), finalScores);
        add(new H2(getTranslation("result.items")));

        Map<String, FinalScore.Item> decided = reviewed.map(f -> f.items().stream()
                .collect(Collectors.toMap(FinalScore.Item::itemId, i -> i))).orElse(Map.of());
        Div items = new Div();
        items.addClassName("score-items");
        // missed critical items first, then the other missed items, then what was done
        r.items().stream().sorted(Comparator.comparing((ItemScore i) -> decided.containsKey(i.itemId())
                        ? decided.get(i.itemId()).points() > 0 : i.done())
                .thenComparing(i -> !feedback.critical().contains(i.itemId())))
                .forEach(item -> items.add(item(item, decided.get(item.itemId()))));
        add(items);
        add(progress());

        add(new H2(getTranslation("result.transcript")));
        Div transcript = new Div();
        transcript.addClassName("transcript");
        conversation.transcript(encounter.id()).forEach(t -> {
            String speaker = t.speaker().name().toLowerCase();
            TurnBubble line = new TurnBubble(speaker, "#" + t.seq() + " " + getTranslation("speaker." + speaker), t.text());
            line.setId("turn-" + t.seq());
            transcript.add(line);
        });
        add(transcript);
    }

    /**
     * The student's attempts at this station, oldest first, with the change since the first attempt
     * that can be compared with this one (same rubric, same points); the others are listed and marked.
     */
    private Div progress() {
        Div section = new Div();
        section.addClassName("progress");
        var attempts = feedback.attempts();
        section.add(new H2(getTranslation("result.progress.title")));
        if (attempts.size() < 2) {
            section.add(new Paragraph(getTranslation("result.progress.first")));
            return section;
        }
        var comparable = feedback.comparableWith(encounter.id());
        Paragraph summary = new Paragraph();
        summary.addClassName("progress-summary");
        if (comparable.size() < 2) {
            summary.setText(getTranslation("result.progress.none-comparable", attempts.size()));
        } else {
            var first = comparable.get(0);
            var last = comparable.get(comparable.size() - 1);
            summary.setText(getTranslation("result.progress.summary", comparable.size(), first.percent(),
                    last.percent(), Math.round((last.percent() - first.percent()) * 10) / 10.0)
                    + (comparable.size() < attempts.size()
                            ? " " + getTranslation("result.progress.others", attempts.size() - comparable.size()) : ""));
        }
        section.add(summary);
        com.vaadin.flow.component.grid.Grid<StudentFeedback.Attempt> table = new com.vaadin.flow.component.grid.Grid<>();
        table.addClassName("attempts");
        table.addColumn(a -> Formats.dateTime(a.startedAt(), getLocale())).setHeader(getTranslation("col.date"));
        table.addColumn(a -> a.total() + " / " + a.max()).setHeader(getTranslation("col.score"));
        table.addColumn(a -> getTranslation("percent", a.percent())).setHeader(getTranslation("col.percent"));
        table.addColumn(a -> getTranslation(a.reviewed() ? "grades.reviewed" : "grades.proposed"))
                .setHeader(getTranslation("grades.col.status"));
        table.addColumn(a -> a.encounterId() == encounter.id() ? getTranslation("result.progress.this")
                : comparable.contains(a) ? "" : getTranslation("result.progress.not-comparable"))
                .setHeader("");
        table.setItems(attempts);
        table.setAllRowsVisible(true);
        table.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        table.getColumns().get(3).setFlexGrow(3);
        section.add(table);
        return section;
    }

    /** For the student: a way to the post-encounter note, to write it or read it again. */
    /**
     * An exam's result reaches its student only once faculty release it, and then only as reviewed by
     * an examiner: before that, a message says when it will come (and nothing of the AI's proposal).
     */
    private boolean withheld() {
        if (encounter.examSessionId() == null || !CurrentUser.can(Capability.PLAY_STATIONS)) {
            return false;
        }
        ExamSession session = sessions.session(encounter.examSessionId());
        if (!session.resultsVisible()) {
            add(message("result.exam-hidden"));
            scored = true; // nothing to poll for
            return true;
        }
        if (session.mode() == ExamMode.EXAM && finalScores.finalScore(encounter.id()).isEmpty()) {
            add(message("result.exam-awaiting-review"));
            scored = true;
            return true;
        }
        return false;
    }

    private Paragraph message(String key) {
        Paragraph message = new Paragraph(getTranslation(key));
        message.addClassName("result-withheld");
        return message;
    }

    private void noteLink() {
        if (!CurrentUser.can(Capability.PLAY_STATIONS) || notes.noteQuestions(encounter.id()).isEmpty()) {
            return;
        }
        boolean written = !notes.note(encounter.id()).isEmpty();
        if (!written && !notes.noteOpen(encounter.id())) {
            return;
        }
        Anchor link = new Anchor("note/" + encounter.id(), getTranslation(written ? "note.written" : "note.write"));
        link.addClassNames("note-link", written ? "written" : "to-write");
        add(link);
    }

    /** One item: the AI's proposal with its evidence, and the examiner's decision when it changed the points. */
    private Div item(ItemScore item, FinalScore.Item decided) {
        boolean done = decided == null ? item.done() : decided.points() > 0;
        Div row = new Div();
        row.addClassNames("score-item", done ? "done" : "missed");
        row.getElement().setAttribute("data-item", item.itemId());
        Span status = new Span(getTranslation(done ? "result.done" : "result.missed"));
        status.addClassName("item-status");
        if (feedback.critical().contains(item.itemId())) {
            row.addClassName("critical");
        }
        Span label = new Span(item.label());
        label.addClassName("item-label");
        Span points = new Span((decided == null ? item.points() : decided.points()) + " / " + item.maxPoints());
        points.addClassName("item-points");
        Div head = new Div(status, label, points);
        if (feedback.critical().contains(item.itemId())) {
            Span critical = new Span(getTranslation("result.critical"));
            critical.addClassName("critical-badge");
            critical.getElement().getThemeList().add("badge");
            critical.getElement().getThemeList().add(done ? "contrast" : "error");
            head.addComponentAtIndex(2, critical);
        }
        head.addClassName("item-head");
        row.add(head);
        if (decided != null && decided.overridden()) {
            row.addClassName("overridden");
            Div change = new Div();
            change.addClassName("examiner-change");
            change.setText(getTranslation("result.examiner-change", decided.aiPoints(), decided.points(),
                    decided.maxPoints(), decided.reason()));
            row.add(change);
        }
        Div evidence = new Div();
        evidence.addClassName("evidence");
        if (item.done()) {
            evidence.add(new Span(item.evidenceSeq() == null ? getTranslation("result.evidence.note")
                    : getTranslation("result.evidence", item.evidenceSeq())), new Span(" "));
            Span quote = new Span(getTranslation("quote", item.evidenceQuote()));
            quote.addClassName("quote");
            evidence.add(quote);
        } else if (decided != null && decided.overridden()) {
            evidence.setVisible(false);
        } else {
            evidence.setText(getTranslation(NoteScorer.CATEGORY.equals(item.category()) ? "result.no-evidence.note" : "result.no-evidence"));
        }
        row.add(evidence);
        String advice = feedback.advice().get(item.itemId());
        if (!done && advice != null) {
            Div tip = new Div();
            tip.addClassName("advice");
            tip.setText(getTranslation("result.advice", advice));
            row.add(tip);
        }
        return row;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("result.page-title") + " · " + getTranslation("app.name");
    }
}
