package org.oscetrainer.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.oscetrainer.catalog.Rubric;
import org.oscetrainer.common.ui.Formats;
import org.oscetrainer.review.GlobalRating;
import org.oscetrainer.review.ItemDecision;
import org.oscetrainer.review.ManualScoringIncompleteException;
import org.oscetrainer.review.ReviewService;
import org.oscetrainer.review.ReviewSheet;
import org.oscetrainer.review.UndecidedItemsException;

/**
 * The examiner's decisions on one encounter: each rubric item confirmed or overridden (with a
 * reason), blind items marked before their proposal shows, a global rating on the station's own
 * scale, and the sign-off; read-only once signed. One item at a time is selected (by click or key).
 */
class DecisionPanel extends Div {

    private final ReviewService review;
    private final Runnable signedOff;
    private final Consumer<ItemRow> selected;
    private final Paragraph totals = new Paragraph();
    private final List<ItemRow> rows = new ArrayList<>();
    private RadioButtonGroup<Rubric.Level> rating;
    private ReviewSheet sheet;
    private ItemRow current;

    DecisionPanel(ReviewService review, ReviewSheet sheet, Runnable signedOff, Consumer<ItemRow> selected) {
        this.review = review;
        this.sheet = sheet;
        this.signedOff = signedOff;
        this.selected = selected;
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
        sheet.items().forEach(i -> {
            ItemRow row = new ItemRow(review, sheet, i, this::select, this::saved);
            rows.add(row);
            items.add(row);
        });
        add(items);
        if (!sheet.readOnly()) {
            add(signOffForm());
        }
        updateTotals();
    }

    List<ItemRow> rows() {
        return rows;
    }

    Optional<ItemRow> current() {
        return Optional.ofNullable(current);
    }

    /** Selects the item: highlighted here, its evidence shown by the view. */
    void select(ItemRow row) {
        if (current != null) {
            current.removeClassName("selected");
        }
        current = row;
        row.addClassName("selected");
        row.getElement().executeJs("this.scrollIntoView({block: 'nearest'})");
        selected.accept(row);
    }

    /** Selects the next ({@code +1}) or previous ({@code -1}) item; the first one when none is selected. */
    void move(int step) {
        if (rows.isEmpty()) {
            return;
        }
        int at = current == null ? (step > 0 ? -1 : rows.size()) : rows.indexOf(current);
        select(rows.get(Math.max(0, Math.min(rows.size() - 1, at + step))));
    }

    /** Marks the items that a turn earned; returns them, in rubric order. */
    List<ItemRow> earnedBy(int seq) {
        List<ItemRow> earned = new ArrayList<>();
        for (ItemRow row : rows) {
            ItemDecision i = row.item();
            boolean by = !i.aiHidden() && i.aiPoints() > 0 && i.evidenceSeq() != null && i.evidenceSeq() == seq;
            row.getElement().getClassList().set("earned-by-turn", by);
            if (by) {
                earned.add(row);
            }
        }
        return earned;
    }

    private void saved(ItemRow row) {
        sheet = review.sheet(sheet.encounterId());
        sheet.items().stream().filter(i -> i.itemId().equals(row.item().itemId())).findFirst().ifPresent(row::show);
        updateTotals();
        if (row == current) {
            selected.accept(row); // a blind item's evidence can be shown now
        }
    }

    private Paragraph notice(String className, String text) {
        Paragraph p = new Paragraph(text);
        p.addClassNames("review-notice", className);
        return p;
    }

    private void updateTotals() {
        int ai = sheet.items().stream().mapToInt(ItemDecision::aiPoints).sum();
        if (sheet.readOnly()) {
            totals.setText(getTranslation("review.totals.signed", ai, sheet.max(), sheet.total()));
        } else if (sheet.aiHidden()) {
            totals.setText(getTranslation("review.totals.blind", sheet.max(), sheet.total(), sheet.undecided()));
        } else {
            totals.setText(getTranslation("review.totals", ai, sheet.max(), sheet.total(), sheet.undecided()));
        }
    }

    /** Chooses the next level of the global rating (after the last, the first). */
    void nextRating() {
        if (rating == null) {
            return;
        }
        List<Rubric.Level> levels = sheet.ratingScale().levels();
        int at = rating.getValue() == null ? -1 : levels.indexOf(rating.getValue());
        rating.setValue(levels.get((at + 1) % levels.size()));
        rating.setInvalid(false);
    }

    private Div signOffForm() {
        rating = new RadioButtonGroup<>(getTranslation("review.global-rating"));
        rating.addClassName("global-rating");
        Rubric.RatingScale scale = sheet.ratingScale();
        rating.setItems(scale.levels());
        rating.setItemLabelGenerator(l -> rating(GlobalRating.of(scale, l.value())));
        rating.setHelperText(getTranslation("review.global-rating.helper", rating(GlobalRating.of(scale, scale.borderline()))));
        rating.setRequiredIndicatorVisible(true);
        rating.addThemeVariants(RadioGroupVariant.LUMO_HELPER_ABOVE_FIELD);
        Button sign = new Button(getTranslation("review.sign-off"));
        sign.addClassName("sign-off");
        sign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        sign.addClickListener(e -> signOff());
        Paragraph note = new Paragraph(getTranslation(sheet.manual() ? "review.manual.sign-off.note" : "review.sign-off.note"));
        note.addClassName("sign-off-note");
        Div form = new Div(rating, note, sign);
        form.addClassName("sign-off-form");
        return form;
    }

    /** Signs off, or says what is missing: a global rating, or items to decide one by one. */
    void signOff() {
        if (rating == null) {
            return;
        }
        if (rating.getValue() == null) {
            rating.setErrorMessage(getTranslation("review.global-rating.required"));
            rating.setInvalid(true);
            rating.getElement().executeJs("this.scrollIntoView({block: 'nearest'})");
            return;
        }
        try {
            review.signOff(sheet.encounterId(), rating.getValue().value());
            signedOff.run();
        } catch (ManualScoringIncompleteException incomplete) {
            Notification.show(getTranslation("review.manual.incomplete", incomplete.unscoredItems().size()), 6000,
                    Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_WARNING);
        } catch (UndecidedItemsException undecided) {
            rows.forEach(r -> r.getElement().getClassList().set("must-decide", undecided.itemIds().contains(r.item().itemId())));
            Notification warning = Notification.show(getTranslation("review.sign-off.undecided", undecided.itemIds().size()),
                    6000, Notification.Position.MIDDLE);
            warning.addThemeVariants(NotificationVariant.LUMO_WARNING);
            warning.addClassName("undecided-warning");
            rows.stream().filter(r -> undecided.itemIds().contains(r.item().itemId())).findFirst().ifPresent(this::select);
        }
    }

    private String rating(GlobalRating r) {
        return getTranslation("rating.level", r.value(), r.label());
    }
}
