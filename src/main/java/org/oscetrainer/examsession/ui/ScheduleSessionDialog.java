package org.oscetrainer.examsession.ui;

import org.oscetrainer.cohort.CohortSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.oscetrainer.catalog.StationSummary;
import org.oscetrainer.cohort.CohortSummary;
import org.oscetrainer.examsession.ExamMode;
import org.oscetrainer.examsession.ExamSession;
import org.oscetrainer.examsession.ExamSessionDraft;
import org.oscetrainer.examsession.ExamSessionException;
import org.oscetrainer.examsession.ExamSessionService;
import org.oscetrainer.common.ui.Formats;

/** Faculty schedule a session: its name, cohort, mode, window (from now by default) and circuit. */
class ScheduleSessionDialog extends Dialog {

    private final TextField name = new TextField();
    private final ComboBox<CohortSummary> cohort = new ComboBox<>();
    private final RadioButtonGroup<ExamMode> mode = new RadioButtonGroup<>();
    private final DateTimePicker opens = new DateTimePicker();
    private final DateTimePicker closes = new DateTimePicker();
    private final Div stations = new Div();
    private final Map<StationSummary, Checkbox> picks = new java.util.LinkedHashMap<>();
    private final Map<String, IntegerField> durations = new HashMap<>();
    private final Paragraph error = new Paragraph();

    ScheduleSessionDialog(ExamSessionService sessions, List<CohortSummary> cohorts, List<StationSummary> published,
            Clock clock, Consumer<ExamSession> scheduled) {
        setHeaderTitle(getTranslation("session.schedule.title"));
        addClassName("schedule-session-dialog");
        setWidth("min(60rem, 95vw)");
        name.setLabel(getTranslation("session.field.name"));
        name.setRequiredIndicatorVisible(true);
        name.addClassName("session-name");
        cohort.setLabel(getTranslation("session.field.cohort"));
        cohort.setItems(cohorts);
        cohort.setItemLabelGenerator(c -> c.name() + " · " + c.academicYear() + "–" + (c.academicYear() + 1)
                + " · " + getTranslation("session.cohort.students", c.students()));
        cohort.addClassName("session-cohort");
        cohort.setRequiredIndicatorVisible(true);
        mode.setLabel(getTranslation("session.field.mode"));
        mode.setItems(ExamMode.values());
        mode.setItemLabelGenerator(m -> getTranslation("session.mode." + m) + " — " + getTranslation("session.mode-help." + m));
        mode.setValue(ExamMode.EXAM);
        mode.addClassName("session-mode");
        LocalDateTime start = LocalDateTime.ofInstant(clock.instant(), Formats.zone()).truncatedTo(ChronoUnit.MINUTES);
        opens.setLabel(getTranslation("session.field.opens"));
        opens.setValue(start);
        opens.addClassName("session-opens");
        closes.setLabel(getTranslation("session.field.closes"));
        closes.setValue(start.plusHours(3));
        closes.addClassName("session-closes");
        for (DateTimePicker picker : List.of(opens, closes)) {
            picker.setLocale(getLocale());
            picker.setHelperText(getTranslation("session.field.zone", Formats.zone().getId()));
        }

        stations.addClassName("session-stations");
        for (StationSummary station : published) {
            Checkbox pick = new Checkbox(station.title() + " · " + station.language().toUpperCase());
            pick.addClassName("pick-station");
            pick.getElement().setAttribute("data-station", station.stationId());
            IntegerField minutes = new IntegerField();
            minutes.setValue(station.durationMinutes());
            minutes.setMin(1);
            minutes.setMax(ExamSessionService.MAX_STATION_MINUTES);
            minutes.setWidth("8em");
            minutes.setSuffixComponent(new Span("min"));
            minutes.setAriaLabel(getTranslation("session.field.minutes", station.title()));
            minutes.addClassName("station-minutes");
            minutes.setEnabled(false);
            pick.addValueChangeListener(e -> minutes.setEnabled(e.getValue()));
            picks.put(station, pick);
            durations.put(station.stationId(), minutes);
            Div line = new Div(pick, minutes);
            line.addClassName("station-pick");
            stations.add(line);
        }

        FormLayout form = new FormLayout(name, cohort, opens, closes, mode);
        form.setColspan(mode, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 2));
        error.addClassName("form-error");
        Paragraph circuitHelp = new Paragraph(getTranslation("session.field.circuit"));
        circuitHelp.addClassName("field-help");
        add(form, circuitHelp, stations, error);

        Button save = new Button(getTranslation("session.schedule.save"), e -> save(sessions, scheduled));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("save-session");
        Button cancel = new Button(getTranslation("session.cancel"), e -> close());
        getFooter().add(cancel, save);
    }

    private void save(ExamSessionService sessions, Consumer<ExamSession> scheduled) {
        error.setText("");
        if (cohort.getValue() == null) {
            error.setText(getTranslation("session.error.cohort"));
            return;
        }
        if (opens.getValue() == null || closes.getValue() == null) {
            error.setText(getTranslation("session.error.window"));
            return;
        }
        List<ExamSessionDraft.Station> circuit = picks.entrySet().stream().filter(e -> e.getValue().getValue())
                .map(e -> new ExamSessionDraft.Station(e.getKey().versionId(), minutes(e.getKey()))).toList();
        try {
            ExamSession session = sessions.schedule(new ExamSessionDraft(name.getValue(), cohort.getValue().id(),
                    mode.getValue(), opens.getValue().atZone(Formats.zone()).toInstant(),
                    closes.getValue().atZone(Formats.zone()).toInstant(), circuit));
            close();
            scheduled.accept(session);
        } catch (ExamSessionException invalid) {
            error.setText(getTranslation(invalid.key()));
        }
    }

    private int minutes(StationSummary station) {
        IntegerField field = durations.get(station.stationId());
        return field == null || field.getValue() == null ? station.durationMinutes() : field.getValue();
    }
}
