package org.oscetrainer.review.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.Locale;
import java.util.Map;
import org.oscetrainer.common.ui.ErrorMessages;
import org.oscetrainer.review.SecondMarkingAssignment;
import org.oscetrainer.review.SecondMarkingAssignments;
import org.oscetrainer.review.SecondMarkingChanges;
import org.oscetrainer.review.SecondMarkingException;

/**
 * The second markings assigned in a session, for those who run sessions: each one's state, and a way to
 * hand it to another examiner or remove it, with a reason that goes to the audit log, until the second
 * marker signs off (the service refuses after, and the page says why).
 */
class AssignedSecondMarkings extends Div {

    private final SecondMarkingChanges changes;
    private final Map<String, String> examiners;
    private final long sessionId;
    private final Runnable changed;
    private final Div content = new Div();

    AssignedSecondMarkings(SecondMarkingChanges changes, SecondMarkingAssignments assignments, long sessionId,
            Runnable changed) {
        this.changes = changes;
        this.examiners = assignments.examiners();
        this.sessionId = sessionId;
        this.changed = changed;
        addClassName("assigned-second-markings");
        Paragraph help = new Paragraph(getTranslation("second-marking.assigned.help"));
        help.addClassName("assigned-help");
        add(new H2(getTranslation("second-marking.assigned.title")), help, content);
    }

    /** Reads the assignments again (after one was made, changed or removed). */
    void refresh() {
        content.removeAll();
        var assigned = changes.assignments(sessionId);
        if (assigned.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("second-marking.assigned.none"));
            none.addClassName("no-assigned");
            content.add(none);
            return;
        }
        Grid<SecondMarkingAssignment> grid = new Grid<>();
        grid.addClassName("assigned-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(SecondMarkingAssignment::stationTitle).setHeader(getTranslation("col.station")).setFlexGrow(3);
        grid.addColumn(SecondMarkingAssignment::student).setHeader(getTranslation("second-marking.col.student")).setFlexGrow(2);
        grid.addColumn(SecondMarkingAssignment::examinerName).setHeader(getTranslation("second-marking.examiner")).setFlexGrow(2);
        grid.addColumn(a -> getTranslation("second-marking.chosen." + a.chosenBy().name().toLowerCase(Locale.ROOT)))
                .setHeader(getTranslation("second-marking.col.chosen")).setFlexGrow(2);
        grid.addColumn(this::state).setHeader(getTranslation("second-marking.col.state")).setFlexGrow(2);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("second-marking.col.actions")).setFlexGrow(2);
        grid.setItems(assigned);
        content.add(grid);
    }

    private String state(SecondMarkingAssignment a) {
        return a.signed() ? getTranslation("second-marking.state.signed")
                : a.decided() == 0 ? getTranslation("second-marking.state.not-begun")
                        : getTranslation("second-marking.state.begun", a.decided());
    }

    private Component actions(SecondMarkingAssignment a) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setSpacing(false);
        actions.addClassName("assigned-actions");
        actions.getElement().setAttribute("data-encounter", String.valueOf(a.encounterId()));
        if (a.signed()) {
            return actions;
        }
        Button change = new Button(getTranslation("second-marking.change"), e -> open(a, false));
        change.addClassName("change-second-marker");
        change.getElement().setAttribute("aria-label", getTranslation("second-marking.change.label", a.student(), a.stationTitle()));
        Button remove = new Button(getTranslation("second-marking.remove"), e -> open(a, true));
        remove.addClassName("remove-second-marker");
        remove.getElement().setAttribute("aria-label", getTranslation("second-marking.remove.label", a.student(), a.stationTitle()));
        change.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        actions.add(change, remove);
        return actions;
    }

    /** A dialog to change ({@code removing} false) or remove the second marking, with its reason. */
    private void open(SecondMarkingAssignment a, boolean removing) {
        Dialog dialog = new Dialog();
        dialog.addClassName("second-marker-dialog");
        dialog.setHeaderTitle(getTranslation(removing ? "second-marking.remove.title" : "second-marking.change.title"));
        dialog.setWidth("32em");
        Paragraph which = new Paragraph(getTranslation("second-marking.dialog.which", a.stationTitle(), a.student(),
                a.examinerName()));
        dialog.add(which);
        if (a.decided() > 0) {
            Paragraph begun = new Paragraph(getTranslation("second-marking.dialog.begun", a.examinerName(), a.decided()));
            begun.addClassName("second-marker-begun");
            dialog.add(begun);
        }
        ComboBox<String> examiner = new ComboBox<>(getTranslation("second-marking.new-examiner"));
        examiner.addClassName("new-second-marker");
        examiner.setItems(examiners.keySet().stream().filter(u -> !u.equals(a.examiner())).toList());
        examiner.setItemLabelGenerator(u -> examiners.getOrDefault(u, u));
        examiner.setHelperText(getTranslation("second-marking.examiner.helper"));
        examiner.setWidthFull();
        if (!removing) {
            dialog.add(examiner);
        }
        TextArea reason = new TextArea(getTranslation("second-marking.reason"));
        reason.addClassName("second-marker-reason");
        reason.setHelperText(getTranslation("second-marking.reason.helper"));
        reason.setWidthFull();
        reason.setMaxLength(500);
        reason.setValueChangeMode(ValueChangeMode.EAGER);
        reason.addValueChangeListener(e -> reason.setInvalid(false));
        examiner.addValueChangeListener(e -> examiner.setInvalid(false));
        dialog.add(reason);
        Button cancel = new Button(getTranslation("second-marking.cancel"), e -> dialog.close());
        cancel.addClassName("cancel-second-marker");
        Button confirm = new Button(getTranslation(removing ? "second-marking.remove.confirm" : "second-marking.change.confirm"));
        confirm.addClassName("confirm-second-marker");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (removing) {
            confirm.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        confirm.addClickListener(e -> {
            boolean missing = false;
            if (!removing && examiner.getValue() == null) {
                examiner.setErrorMessage(getTranslation("second-marking.new-examiner.required"));
                examiner.setInvalid(true);
                missing = true;
            }
            if (reason.getValue().isBlank()) {
                reason.setErrorMessage(getTranslation("second-marking.reason.required"));
                reason.setInvalid(true);
                missing = true;
            }
            if (missing) {
                return;
            }
            try {
                if (removing) {
                    changes.remove(a.encounterId(), reason.getValue());
                    notify(getTranslation("second-marking.removed", a.examinerName(), a.student()), false);
                } else {
                    changes.reassign(a.encounterId(), examiner.getValue(), reason.getValue());
                    notify(getTranslation("second-marking.changed", examiners.getOrDefault(examiner.getValue(),
                            examiner.getValue()), a.student()), false);
                }
            } catch (SecondMarkingException refused) {
                notify(ErrorMessages.text(refused, this), true);
            }
            dialog.close();
            changed.run();
        });
        HorizontalLayout buttons = new HorizontalLayout(cancel, confirm);
        buttons.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        dialog.getFooter().add(buttons);
        dialog.open();
    }

    private static void notify(String text, boolean error) {
        Notification shown = Notification.show(text, 8000, error ? Notification.Position.MIDDLE : Notification.Position.BOTTOM_END);
        shown.addThemeVariants(error ? NotificationVariant.LUMO_ERROR : NotificationVariant.LUMO_SUCCESS);
        shown.addClassName(error ? "error-notification" : "second-marker-changed");
    }
}
