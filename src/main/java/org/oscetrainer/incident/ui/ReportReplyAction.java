package org.oscetrainer.incident.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.oscetrainer.encounter.PatientReplyAction;
import org.oscetrainer.incident.IncidentReportService;
import org.springframework.stereotype.Component;

/** A discreet flag under each of the patient's replies: report a problem with it to the faculty. */
@Component
class ReportReplyAction implements PatientReplyAction {

    private final IncidentReportService reports;

    ReportReplyAction(IncidentReportService reports) {
        this.reports = reports;
    }

    @Override
    public com.vaadin.flow.component.Component create(long encounterId, int turnSeq) {
        String label = UI.getCurrent().getTranslation("incident.report.turn.button");
        Button report = new Button(VaadinIcon.FLAG_O.create(), e -> new ReportIncidentDialog(reports, encounterId, turnSeq).open());
        report.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        report.addClassName("report-turn");
        report.setAriaLabel(label);
        report.setTooltipText(label);
        return report;
    }
}
