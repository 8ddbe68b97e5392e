package org.oscetrainer.incident.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import org.oscetrainer.incident.IncidentReportService;
import org.oscetrainer.incident.IncidentKind;

/**
 * Reports a problem with the AI: a patient's reply ({@code turnSeq}) or, with {@code null}, the
 * score. Open to the student who played the encounter and to staff.
 */
public class ReportIncidentDialog extends Dialog {

    public ReportIncidentDialog(IncidentReportService reports, long encounterId, Integer turnSeq) {
        addClassName("report-incident");
        setHeaderTitle(getTranslation(turnSeq == null ? "incident.report.score.title" : "incident.report.turn.title",
                turnSeq == null ? "" : turnSeq));
        List<IncidentKind> kinds = turnSeq == null ? List.of(IncidentKind.UNFAIR_SCORE, IncidentKind.OTHER)
                : List.of(IncidentKind.OUT_OF_CHARACTER, IncidentKind.INVENTED_FACT, IncidentKind.LEAKED_DIAGNOSIS,
                        IncidentKind.OTHER);
        RadioButtonGroup<IncidentKind> kind = new RadioButtonGroup<>(getTranslation("incident.kind"));
        kind.setItems(kinds);
        kind.setItemLabelGenerator(k -> getTranslation("incident.kind." + k.name()));
        kind.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        kind.setRequired(true);
        kind.addClassName("incident-kind");
        if (turnSeq == null) {
            kind.setValue(IncidentKind.UNFAIR_SCORE);
        }
        TextArea description = new TextArea(getTranslation("incident.description"));
        description.setMaxLength(IncidentReportService.MAX_INCIDENT_TEXT);
        description.setWidthFull();
        description.setHelperText(getTranslation("incident.description.help"));
        description.addClassName("incident-description");
        description.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.LAZY);
        description.addValueChangeListener(e -> description.setInvalid(false));
        kind.addValueChangeListener(e -> kind.setInvalid(false));

        Button send = new Button(getTranslation("incident.send"), e -> {
            if (kind.getValue() == null) {
                kind.setInvalid(true);
                kind.setErrorMessage(getTranslation("incident.kind.required"));
                return;
            }
            if (kind.getValue() == IncidentKind.OTHER && description.getValue().isBlank()) {
                description.setInvalid(true);
                description.setErrorMessage(getTranslation("incident.description.required"));
                return;
            }
            reports.report(encounterId, turnSeq, kind.getValue(), description.getValue());
            close();
            Notification.show(getTranslation("incident.thanks"), 5000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClassName("send-incident");
        Button cancel = new Button(getTranslation("incident.cancel"), e -> close());
        add(new Paragraph(getTranslation("incident.intro")), kind, description);
        getFooter().add(cancel, send);
        setWidth("32rem");
    }
}
