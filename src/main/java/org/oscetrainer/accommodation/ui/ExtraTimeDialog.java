package org.oscetrainer.accommodation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import org.oscetrainer.accommodation.AccommodationDecision;
import org.oscetrainer.accommodation.AccommodationService;
import org.oscetrainer.accommodation.ExtraTime;
import org.oscetrainer.accommodation.TimeAccommodation;
import org.oscetrainer.cohort.RosterStudent;
import org.oscetrainer.common.ui.ErrorMessages;

/** Faculty record, change or remove one student's extra time: how much, who decided it, when. Never why. */
class ExtraTimeDialog extends Dialog {

    private final RadioButtonGroup<ExtraTime.Unit> unit = new RadioButtonGroup<>();
    private final IntegerField amount = new IntegerField();
    private final TextField decidedBy = new TextField();
    private final DatePicker decidedOn = new DatePicker();
    private final Paragraph error = new Paragraph();

    ExtraTimeDialog(long cohortId, RosterStudent student, TimeAccommodation current, LocalDate today,
            AccommodationService accommodations, Runnable changed) {
        setHeaderTitle(getTranslation("accommodation.dialog.title", student.displayName()));
        addClassName("extra-time-dialog");
        setWidth("min(36rem, 95vw)");
        Paragraph help = new Paragraph(getTranslation("accommodation.dialog.help"));
        help.addClassName("field-help");
        unit.setLabel(getTranslation("accommodation.field.unit"));
        unit.setItems(ExtraTime.Unit.values());
        unit.setItemLabelGenerator(u -> getTranslation("accommodation.unit." + u));
        unit.addClassName("extra-time-unit");
        amount.setLabel(getTranslation("accommodation.field.amount"));
        amount.setMin(1);
        amount.setStepButtonsVisible(true);
        amount.addClassName("extra-time-amount");
        unit.addValueChangeListener(e -> amount.setMax(e.getValue() == ExtraTime.Unit.MINUTES ? ExtraTime.MAX_MINUTES
                : ExtraTime.MAX_PERCENT));
        decidedBy.setLabel(getTranslation("accommodation.field.decided-by"));
        decidedBy.setHelperText(getTranslation("accommodation.field.decided-by.help"));
        decidedBy.setMaxLength(100);
        decidedBy.addClassName("extra-time-decided-by");
        decidedOn.setLabel(getTranslation("accommodation.field.decided-on"));
        decidedOn.setLocale(getLocale());
        decidedOn.setMax(today.plusDays(1));
        decidedOn.addClassName("extra-time-decided-on");
        for (var field : new com.vaadin.flow.component.HasValue<?, ?>[] {unit, amount, decidedBy, decidedOn}) {
            field.setRequiredIndicatorVisible(true);
        }
        unit.setValue(current == null ? ExtraTime.Unit.PERCENT : current.extraTime().unit());
        amount.setValue(current == null ? 33 : current.extraTime().amount());
        decidedBy.setValue(current == null ? "" : current.decidedBy());
        decidedOn.setValue(current == null ? today : current.decidedOn());

        FormLayout form = new FormLayout(unit, amount, decidedBy, decidedOn);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        error.addClassName("form-error");
        error.getElement().setAttribute("role", "alert");
        add(help, form, error);

        Button save = new Button(getTranslation("accommodation.save"), e -> save(cohortId, student, accommodations, changed));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("save-extra-time");
        Button cancel = new Button(getTranslation("accommodation.cancel"), e -> close());
        getFooter().add(cancel);
        if (current != null) {
            Button remove = new Button(getTranslation("accommodation.remove"), e -> {
                accommodations.remove(cohortId, student.username());
                close();
                changed.run();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
            remove.addClassName("remove-extra-time");
            getFooter().add(remove);
        }
        getFooter().add(save);
    }

    private void save(long cohortId, RosterStudent student, AccommodationService accommodations, Runnable changed) {
        error.setText("");
        try {
            ExtraTime extra = new ExtraTime(unit.getValue(), amount.getValue() == null ? 0 : amount.getValue());
            accommodations.record(cohortId, student.username(),
                    new AccommodationDecision(extra, decidedBy.getValue(), decidedOn.getValue()));
            close();
            changed.run();
        } catch (IllegalArgumentException invalid) {
            error.setText(ErrorMessages.text(invalid, this));
        }
    }
}
