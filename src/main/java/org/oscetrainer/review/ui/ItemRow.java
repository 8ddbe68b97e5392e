package org.oscetrainer.review.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import org.oscetrainer.review.EvidenceNotShownException;
import org.oscetrainer.review.ItemDecision;
import org.oscetrainer.review.ReasonRequiredException;
import org.oscetrainer.review.ReviewService;
import org.oscetrainer.review.ReviewSheet;

/**
 * One rubric item in the review: the AI's proposal and evidence (withheld while a blind item is not
 * marked), and the marker's points, reason and save button; read-only once signed. A click anywhere
 * on it selects it (the view then shows its evidence in the transcript).
 */
class ItemRow extends Div {

    private final ReviewService review;
    private final ReviewSheet sheet;
    private final Consumer<ItemRow> saved;
    private final Div proposal = new Div();
    private final Span status = new Span();
    private IntegerField points;
    private TextField reason;
    private Button save;
    private ItemDecision item;

    ItemRow(ReviewService review, ReviewSheet sheet, ItemDecision item, Consumer<ItemRow> selected,
            Consumer<ItemRow> saved) {
        this.review = review;
        this.sheet = sheet;
        this.item = item;
        this.saved = saved;
        addClassName("decision-item");
        getElement().setAttribute("data-item", item.itemId());
        getElement().setAttribute("tabindex", "-1");
        if (item.critical()) {
            addClassName("critical");
        }
        proposal.addClassName("item-proposal");
        add(proposal);
        if (sheet.readOnly()) {
            readOnly();
        } else {
            controls();
        }
        show(item);
        getElement().addEventListener("click", e -> selected.accept(this));
    }

    ItemDecision item() {
        return item;
    }

    boolean editable() {
        return save != null;
    }

    /** The item as now decided (after a save, or a reload): a blind item's proposal appears once marked. */
    void show(ItemDecision fresh) {
        this.item = fresh;
        proposal.removeAll();
        proposal.add(head(), evidence());
        getElement().setAttribute("data-blind", String.valueOf(fresh.blind()));
        getElement().setAttribute("data-ai-hidden", String.valueOf(fresh.aiHidden()));
        if (save != null) {
            showStatus();
            label();
        }
    }

    private Div head() {
        Span label = new Span(item.label());
        label.addClassName("item-label");
        Div head = new Div(label);
        head.addClassName("item-head");
        if (item.critical()) {
            head.add(badge("critical-badge", getTranslation("review.critical"), "error"));
        }
        if (item.blind()) {
            head.add(badge("blind-badge", getTranslation("review.blind"), "contrast"));
        }
        Span ai = new Span(sheet.manual() ? getTranslation("review.manual.max", item.maxPoints())
                : item.aiHidden() ? getTranslation("review.ai-hidden", item.maxPoints())
                        : getTranslation("review.ai-points", item.aiPoints(), item.maxPoints()));
        ai.addClassName(item.aiHidden() ? "ai-hidden" : "ai-points");
        head.add(ai);
        if (save != null) {
            head.add(status);
        }
        return head;
    }

    private Div evidence() {
        Div evidence = new Div();
        evidence.addClassName("evidence");
        if (sheet.manual()) {
            evidence.setText(getTranslation("review.manual.item"));
        } else if (item.aiHidden()) {
            evidence.setText(getTranslation("review.blind.help"));
        } else if (item.evidenceQuote() != null) {
            Span quote = new Span(getTranslation("quote", item.evidenceQuote()));
            quote.addClassName("quote");
            evidence.add(new Span((item.evidenceSeq() == null ? getTranslation("review.evidence.note")
                    : getTranslation("result.evidence", item.evidenceSeq())) + " "), quote);
        } else {
            evidence.setText(getTranslation("review.no-evidence"));
        }
        if (item.blindPoints() != null) {
            Span blind = new Span(getTranslation("review.blind.marked", item.blindPoints(), item.maxPoints()));
            blind.addClassName("blind-mark");
            evidence.add(blind);
        }
        return evidence;
    }

    private void readOnly() {
        int decided = item.points() == null ? item.aiPoints() : item.points();
        Span text = new Span(getTranslation(item.overridden() ? "review.decided.overridden" : "review.decided.confirmed",
                decided, item.maxPoints()));
        text.addClassName("decided");
        add(text);
        if (item.reason() != null) {
            Span why = new Span(getTranslation("review.reason.read", item.reason()));
            why.addClassName("reason-text");
            add(why);
        }
    }

    private void controls() {
        points = new IntegerField(getTranslation("review.points"));
        points.addClassName("points");
        points.setMin(0);
        points.setMax(item.maxPoints());
        points.setStepButtonsVisible(true);
        points.setValue(item.points() != null ? item.points() : item.aiHidden() || sheet.manual() ? null : item.aiPoints());
        points.setSuffixComponent(new Span("/ " + item.maxPoints()));
        points.setWidth("7.5em");
        reason = new TextField(getTranslation("review.reason"));
        reason.addClassName("reason");
        reason.setValue(item.reason() == null ? "" : item.reason());
        reason.setMaxLength(1000);
        reason.setMinWidth("8em");
        reason.getStyle().set("flex", "1");
        status.addClassName("decision-status");
        save = new Button();
        save.addClassName("save-decision");
        points.addValueChangeListener(e -> label());
        save.addClickListener(e -> save());
        // typing in the fields never triggers the page's one-key shortcuts; Enter saves, Escape leaves the field
        keepKeysToItself(points);
        keepKeysToItself(reason);
        Shortcuts.addShortcutListener(this, this::save, Key.ENTER).listenOn(points, reason);
        Div controls = new Div(points, reason, save);
        controls.addClassName("decision-controls");
        add(controls);
    }

    private static void keepKeysToItself(com.vaadin.flow.component.Component field) {
        field.getElement().executeJs("this.addEventListener('keydown', e => {"
                + " if (e.key === 'Escape') { e.preventDefault(); this.closest('.decision-item').focus(); }"
                + " else if (e.key !== 'Enter') { e.stopPropagation(); } })");
    }

    private void label() {
        Integer p = points.getValue();
        boolean override = !sheet.manual() && !item.aiHidden() && p != null && p != item.aiPoints();
        save.setText(getTranslation(sheet.manual() || item.aiHidden() ? "review.manual.save"
                : override ? "review.override" : "review.confirm"));
        reason.setRequiredIndicatorVisible(override);
    }

    /** Changes the points by {@code delta}, within 0 and the item's maximum (from the AI's points when empty). */
    void stepPoints(int delta) {
        if (points == null) {
            return;
        }
        int from = points.getValue() != null ? points.getValue() : delta > 0 ? -1 : item.maxPoints() + 1;
        points.setValue(Math.max(0, Math.min(item.maxPoints(), from + delta)));
    }

    void setPoints(int value) {
        if (points != null && value >= 0 && value <= item.maxPoints()) {
            points.setValue(value);
        }
    }

    void focusReason() {
        if (reason != null) {
            reason.focus();
        }
    }

    /** Saves the marker's points: a confirmation, an override (with a reason) or a blind mark. */
    void save() {
        if (save == null) {
            return;
        }
        Integer p = points.getValue();
        if (p == null || p < 0 || p > item.maxPoints()) {
            points.setErrorMessage(getTranslation("review.points.range", item.maxPoints()));
            points.setInvalid(true);
            points.focus();
            return;
        }
        points.setInvalid(false);
        if (!sheet.manual() && !item.aiHidden() && p != item.aiPoints() && reason.getValue().isBlank()) {
            reasonRequired();
            return;
        }
        try {
            review.decide(sheet.encounterId(), item.itemId(), p, reason.getValue());
            reason.setInvalid(false);
            saved.accept(this);
        } catch (ReasonRequiredException ex) {
            reasonRequired();
        } catch (EvidenceNotShownException ex) {
            status.setText(getTranslation("review.critical.evidence-first"));
            status.getElement().setAttribute("data-state", "evidence-first");
            status.getElement().getThemeList().clear();
            status.getElement().getThemeList().add("badge");
            status.getElement().getThemeList().add("error");
        }
    }

    private void reasonRequired() {
        reason.setErrorMessage(getTranslation("review.reason.required"));
        reason.setInvalid(true);
        reason.focus();
    }

    private void showStatus() {
        String state = !item.decided() ? "undecided" : item.overridden() ? "overridden" : "confirmed";
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

    private static Span badge(String className, String text, String theme) {
        Span badge = new Span(text);
        badge.addClassName(className);
        badge.getElement().getThemeList().add("badge");
        badge.getElement().getThemeList().add(theme);
        badge.getElement().getThemeList().add("small");
        return badge;
    }
}
