package org.oscetrainer.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import org.oscetrainer.common.ui.Formats;
import org.oscetrainer.review.GlobalRating;
import org.oscetrainer.review.ItemDecision;
import org.oscetrainer.review.ReasonRequiredException;
import org.oscetrainer.review.ManualScoringIncompleteException;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.oscetrainer.review.ReviewService;
import org.oscetrainer.review.ReviewSheet;

/**
 * The examiner's decisions on one encounter: each rubric item confirmed or overridden (with a
 * reason), a global rating, and the sign-off; read-only once signed.
 */
class DecisionPanel extends Div {

    private final ReviewService review;
    private final Runnable signedOff;
    private final Paragraph totals = new Paragraph();
    private ReviewSheet sheet;

    DecisionPanel(ReviewService review, ReviewSheet sheet, Runnable signedOff) {
        this.review = review;
        this.sheet = sheet;
        this.signedOff = signedOff;
        addClassName("decision-panel");
        setWidthFull();
        add(new H2(getTranslation("review.decisions")));
        sheet.signOff().ifPresent(s -> add(notice("signed-notice", getTranslation("review.signed", s.examinerName(),
                Formats.dateTime(s.signedAt(), getLocale()), s.total(), s.max(), rating(s.globalRating())))));
        sheet.otherMarkers().forEach(s -> add(notice("other-marker", getTranslation("review.other-marker", s.marker(),
                s.examinerName(), s.total(), s.max(), rating(s.globalRating())))));
        if (sheet.manual()) {
            add(notice("manual-notice", getTranslation("review.manual.notice")));
        }
        totals.addClassName("decision-totals");
        add(totals);
        if (!sheet.readOnly()) {
            Paragraph howTo = new Paragraph(getTranslation("review.reason.helper"));
            howTo.addClassName("decision-help");
            add(howTo);
        }
        Div items = new Div();
        items.addClassName("decision-items");
        sheet.items().forEach(i -> items.add(sheet.readOnly() ? readOnlyItem(i) : editableItem(i)));
        add(items);
        if (!sheet.readOnly()) {
            add(signOffForm());
        }
        updateTotals();
    }

    private Paragraph notice(String className, String text) {
        Paragraph p = new Paragraph(text);
        p.addClassNames("review-notice", className);
        return p;
    }

    private Div head(ItemDecision i) {
        Span label = new Span(i.label());
        label.addClassName("item-label");
        Span ai = new Span(sheet.manual() ? getTranslation("review.manual.max", i.maxPoints())
                : getTranslation("review.ai-points", i.aiPoints(), i.maxPoints()));
        ai.addClassName("ai-points");
        Div head = new Div(label, ai);
        head.addClassName("item-head");
        Div evidence = new Div();
        evidence.addClassName("evidence");
        if (sheet.manual()) {
            evidence.setText(getTranslation("review.manual.item"));
        } else if (i.evidenceQuote() != null) {
            Span quote = new Span(getTranslation("quote", i.evidenceQuote()));
            quote.addClassName("quote");
            evidence.add(new Span((i.evidenceSeq() == null ? getTranslation("review.evidence.note")
                    : getTranslation("result.evidence", i.evidenceSeq())) + " "), quote);
        } else {
            evidence.setText(getTranslation("review.no-evidence"));
        }
        Div block = new Div(head, evidence);
        block.addClassName("item-proposal");
        return block;
    }

    private Div readOnlyItem(ItemDecision i) {
        Div row = row(i);
        row.add(head(i));
        int points = i.points() == null ? i.aiPoints() : i.points();
        Span decided = new Span(getTranslation(i.overridden() ? "review.decided.overridden" : "review.decided.confirmed",
                points, i.maxPoints()));
        decided.addClassName("decided");
        row.add(decided);
        if (i.reason() != null) {
            Span reason = new Span(getTranslation("review.reason.read", i.reason()));
            reason.addClassName("reason-text");
            row.add(reason);
        }
        return row;
    }

    private Div editableItem(ItemDecision item) {
        Div row = row(item);
        row.add(head(item));
        IntegerField points = new IntegerField(getTranslation("review.points"));
        points.addClassName("points");
        points.setMin(0);
        points.setMax(item.maxPoints());
        points.setStepButtonsVisible(true);
        points.setValue(item.points() == null ? item.aiPoints() : item.points());
        points.setSuffixComponent(new Span("/ " + item.maxPoints()));
        points.setWidth("9em");
        TextField reason = new TextField(getTranslation("review.reason"));
        reason.addClassName("reason");
        reason.setValue(item.reason() == null ? "" : item.reason());
        reason.setMaxLength(1000);
        reason.setWidth("28em");
        Span status = new Span();
        status.addClassName("decision-status");
        Button save = new Button();
        save.addClassName("save-decision");
        Runnable label = () -> {
            boolean override = !sheet.manual() && points.getValue() != null && points.getValue() != item.aiPoints();
            save.setText(getTranslation(sheet.manual() ? "review.manual.save" : override ? "review.override" : "review.confirm"));
            reason.setRequiredIndicatorVisible(override);
        };
        points.addValueChangeListener(e -> label.run());
        label.run();
        showStatus(status, item);
        save.addClickListener(e -> {
            Integer p = points.getValue();
            if (p == null || p < 0 || p > item.maxPoints()) {
                points.setErrorMessage(getTranslation("review.points.range", item.maxPoints()));
                points.setInvalid(true);
                return;
            }
            points.setInvalid(false);
            if (!sheet.manual() && p != item.aiPoints() && reason.getValue().isBlank()) {
                reason.setErrorMessage(getTranslation("review.reason.required"));
                reason.setInvalid(true);
                return;
            }
            try {
                showStatus(status, review.decide(sheet.encounterId(), item.itemId(), p, reason.getValue()));
                reason.setInvalid(false);
                sheet = review.sheet(sheet.encounterId());
                updateTotals();
            } catch (ReasonRequiredException ex) {
                reason.setErrorMessage(getTranslation("review.reason.required"));
                reason.setInvalid(true);
            }
        });
        Div controls = new Div(points, reason, save, status);
        controls.addClassName("decision-controls");
        row.add(controls);
        return row;
    }

    private Div row(ItemDecision i) {
        Div row = new Div();
        row.addClassName("decision-item");
        row.getElement().setAttribute("data-item", i.itemId());
        return row;
    }

    private void showStatus(Span status, ItemDecision decided) {
        String state = !decided.decided() ? "undecided" : decided.overridden() ? "overridden" : "confirmed";
        status.setText(getTranslation("review.status-item." + state));
        status.getElement().setAttribute("data-state", state);
        status.getElement().getThemeList().clear();
        status.getElement().getThemeList().add("badge");
        status.getElement().getThemeList().add(switch (state) {
            case "overridden" -> "contrast";
            case "confirmed" -> "success";
            default -> "";
        });
    }

    private void updateTotals() {
        int ai = sheet.items().stream().mapToInt(ItemDecision::aiPoints).sum();
        totals.setText(sheet.readOnly()
                ? getTranslation("review.totals.signed", ai, sheet.max(), sheet.total())
                : getTranslation("review.totals", ai, sheet.max(), sheet.total(), sheet.undecided()));
    }

    private Div signOffForm() {
        RadioButtonGroup<GlobalRating> rating = new RadioButtonGroup<>(getTranslation("review.global-rating"));
        rating.addClassName("global-rating");
        rating.setItems(GlobalRating.values());
        rating.setItemLabelGenerator(this::rating);
        rating.setHelperText(getTranslation("review.global-rating.helper"));
        rating.setRequiredIndicatorVisible(true);
        rating.addThemeVariants(RadioGroupVariant.LUMO_HELPER_ABOVE_FIELD);
        Button sign = new Button(getTranslation("review.sign-off"));
        sign.addClassName("sign-off");
        sign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        sign.addClickListener(e -> {
            if (rating.getValue() == null) {
                rating.setErrorMessage(getTranslation("review.global-rating.required"));
                rating.setInvalid(true);
                return;
            }
            try {
                review.signOff(sheet.encounterId(), rating.getValue());
                signedOff.run();
            } catch (ManualScoringIncompleteException incomplete) {
                Notification.show(getTranslation("review.manual.incomplete", incomplete.unscoredItems().size()), 6000,
                        Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_WARNING);
            }
        });
        Paragraph note = new Paragraph(getTranslation(sheet.manual() ? "review.manual.sign-off.note" : "review.sign-off.note"));
        note.addClassName("sign-off-note");
        Div form = new Div(rating, note, sign);
        form.addClassName("sign-off-form");
        return form;
    }

    private String rating(GlobalRating r) {
        return getTranslation("rating." + r.name().toLowerCase(Locale.ROOT), r.value());
    }
}
