package org.oscetrainer.review.ui;

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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.oscetrainer.common.ui.Formats;
import org.oscetrainer.common.ui.TurnBubble;
import org.oscetrainer.encounter.EncounterService;
import org.oscetrainer.encounter.EncounterSummary;
import org.oscetrainer.patient.LlmOutage;
import org.oscetrainer.patient.PatientService;
import org.oscetrainer.encounter.TranscriptTurn;
import org.oscetrainer.review.ReviewService;
import org.oscetrainer.review.ReviewSheet;
import org.oscetrainer.scoring.ItemScore;
import org.oscetrainer.scoring.ScoringService;

/** An encounter as the examiner reads it: the transcript with the turns that earned items highlighted. */
@Route("review/encounter")
@RolesAllowed("READ_REVIEWS")
public class ReviewView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final EncounterService encounters;
    private final ScoringService scoring;
    private final ReviewService review;
    private final PatientService patient;
    private final Clock clock;
    private boolean showSignedReview;

    public ReviewView(EncounterService encounters, ScoringService scoring, ReviewService review, PatientService patient,
            Clock clock) {
        this.encounters = encounters;
        this.scoring = scoring;
        this.review = review;
        this.patient = patient;
        this.clock = clock;
        addClassName("review-view");
    }

    @Override
    public void setParameter(BeforeEvent event, Long encounterId) {
        render(encounterId, false);
    }

    private void render(long encounterId, boolean showSignedReview) {
        this.showSignedReview = showSignedReview;
        removeAll();
        EncounterSummary e = encounters.encounter(encounterId);
        add(new Anchor("review", "← " + getTranslation("review.back")));
        add(new H1(e.stationTitle()));
        add(new Paragraph(getTranslation("review.meta", review.studentName(e.studentUsername()),
                Formats.dateTime(e.startedAt(), getLocale()), getTranslation("end-reason." + e.endReason()), e.engine())));

        add(outageNotice(e));

        var report = scoring.report(encounterId);
        // items earned in the post-encounter note have no turn: they are shown in the note's section
        Map<Integer, String> evidenceBySeq = report.map(r -> r.items().stream().filter(ItemScore::done)
                .filter(i -> i.evidenceSeq() != null)
                .collect(Collectors.groupingBy(ItemScore::evidenceSeq,
                        Collectors.mapping(ItemScore::label, Collectors.joining(" · ")))))
                .orElse(Map.of());

        add(new H2(getTranslation("review.scores")));
        if (report.isEmpty()) {
            add(new Paragraph(getTranslation("review.scoring")));
        } else {
            var r = report.get();
            Paragraph total = new Paragraph(getTranslation("review.total", r.total(), r.max(), r.percent(), r.scorer()));
            total.addClassName("score-total");
            add(total, decisions(encounterId));
        }

        add(new H2(getTranslation("review.transcript")));
        Div transcript = new Div();
        transcript.addClassName("transcript");
        Set<Integer> evidenceSeqs = evidenceBySeq.keySet();
        encounters.transcript(encounterId).forEach(t -> {
            String speaker = t.speaker().name().toLowerCase();
            TurnBubble line = new TurnBubble(speaker, "#" + t.seq() + " " + getTranslation("review.speaker." + speaker)
                    + (t.engine() == null || t.speaker().name().equals("STUDENT") ? "" : " (" + t.engine() + ")"), t.text());
            if (evidenceSeqs.contains(t.seq())) {
                line.addClassName("evidence-turn");
            }
            guardrailBadge(t).ifPresent(line::add);
            if (evidenceSeqs.contains(t.seq())) {
                Span earned = new Span(getTranslation("review.earned", evidenceBySeq.get(t.seq())));
                earned.addClassName("earned");
                line.add(earned);
            }
            transcript.add(line);
        });
        add(transcript);
        add(noteSection(encounterId));
    }

    /** The signed-in examiner's marking, or the first marker's signed review when they chose to read it. */
    private Div decisions(long encounterId) {
        Div section = new Div();
        section.addClassName("proposed-scores");
        section.setWidthFull();
        ReviewSheet sheet = review.sheet(encounterId);
        if (showSignedReview || (sheet.marker() == 0 && !sheet.otherMarkers().isEmpty())) {
            section.add(new DecisionPanel(review, review.signedSheet(encounterId, 1), () -> { }));
            return section;
        }
        sheet.otherMarkerName().ifPresent(first -> {
            Paragraph blind = new Paragraph(getTranslation("review.second-marker", first));
            blind.addClassNames("review-notice", "second-marker-notice");
            section.add(blind);
            if (sheet.items().stream().noneMatch(i -> i.decided())) {
                Button show = new Button(getTranslation("review.show-signed"), e -> render(encounterId, true));
                show.addClassName("show-signed");
                show.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                show.setVisible(sheet.otherMarkerSigned());
                section.add(show);
            }
        });
        section.add(new DecisionPanel(review, sheet, () -> render(encounterId, false)));
        return section;
    }

    /** The student's post-encounter note, question by question, or a line saying there is none yet. */
    private Div noteSection(long encounterId) {
        Div section = new Div();
        section.addClassName("review-note");
        section.add(new H2(getTranslation("review.note.title")));
        var note = encounters.note(encounterId);
        if (note.isEmpty()) {
            section.add(new Paragraph(getTranslation("review.note.none")));
            return section;
        }
        for (var answer : note) {
            Paragraph question = new Paragraph(answer.question());
            question.addClassName("note-question");
            Paragraph text = new Paragraph(answer.answer().isEmpty() ? "—" : answer.answer());
            text.addClassName("note-answer-text");
            section.add(question, text);
        }
        return section;
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
