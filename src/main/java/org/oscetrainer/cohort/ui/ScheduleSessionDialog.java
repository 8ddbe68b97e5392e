package org.oscetrainer.cohort.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.oscetrainer.catalog.StationSummary;
import org.oscetrainer.cohort.CohortSummary;
import org.oscetrainer.cohort.ExamMode;
import org.oscetrainer.cohort.ExamSession;
import org.oscetrainer.cohort.ExamSessionDraft;
import org.oscetrainer.cohort.ExamSessionException;
import org.oscetrainer.cohort.ExamSessionService;
import org.oscetrainer.common.ui.Formats;

/** Faculty schedule a session: its name, cohort, mode, window and circuit (stations in the order ticked). */
class ScheduleSessionDialog extends Dialog {

    private final TextField name = new TextField();
    private final ComboBox<CohortSummary> cohort = new ComboBox<>();
    private final RadioButtonGroup<ExamMode> mode = new RadioButtonGroup<>();
    private final DateTimePicker opens = new DateTimePicker();
    private final DateTimePicker closes = new DateTimePicker();
    private final Grid<StationSummary> stations = new Grid<>();
    private final Map<String, IntegerField> durations = new HashMap<>();
    private final Paragraph error = new Paragraph();

    ScheduleSessionDialog(ExamSessionService sessions, List<CohortSummary> cohorts, List<StationSummary> published,
            Consumer<ExamSession> scheduled) {
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
        LocalDateTime start = LocalDateTime.now(Formats.zone()).plusHours(1).truncatedTo(ChronoUnit.HOURS);
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
        stations.setSelectionMode(Grid.SelectionMode.MULTI);
        stations.addColumn(StationSummary::title).setHeader(getTranslation("col.station")).setFlexGrow(3);
        stations.addColumn(s -> s.language().toUpperCase()).setHeader(getTranslation("library.language")).setFlexGrow(0).setWidth("7em");
        stations.addComponentColumn(s -> durations.computeIfAbsent(s.stationId(), id -> {
            IntegerField minutes = new IntegerField();
            minutes.setValue(s.durationMinutes());
            minutes.setMin(1);
            minutes.setMax(ExamSessionService.MAX_STATION_MINUTES);
            minutes.setWidth("7em");
            minutes.setSuffixComponent(new com.vaadin.flow.component.html.Span("min"));
            minutes.setAriaLabel(getTranslation("session.field.minutes", s.title()));
            minutes.addClassName("station-minutes");
            return minutes;
        })).setHeader(getTranslation("session.field.duration")).setFlexGrow(0).setWidth("10em");
        stations.setItems(published);
        stations.setAllRowsVisible(true);

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
        List<ExamSessionDraft.Station> circuit = stations.getSelectedItems().stream()
                .sorted(java.util.Comparator.comparing(StationSummary::title))
                .map(s -> new ExamSessionDraft.Station(s.versionId(), minutes(s))).toList();
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
