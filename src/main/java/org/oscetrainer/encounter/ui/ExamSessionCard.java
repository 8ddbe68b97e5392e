package org.oscetrainer.encounter.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.Comparator;
import java.util.List;
import org.oscetrainer.examsession.AdmissionRefusedException;
import org.oscetrainer.examsession.CircuitStation;
import org.oscetrainer.examsession.ExamMode;
import org.oscetrainer.examsession.ExamSession;
import org.oscetrainer.examsession.ExamSessionStatus;
import org.oscetrainer.common.ui.Formats;
import org.oscetrainer.encounter.EncounterService;
import org.oscetrainer.encounter.EncounterSummary;

/**
 * One of the student's exam sessions: its mode, window and circuit, and for each station what the
 * student can do now (start, resume, wait for the results, read them).
 */
class ExamSessionCard extends Div {

    private final EncounterService encounters;

    ExamSessionCard(ExamSession session, List<EncounterSummary> mine, EncounterService encounters) {
        this.encounters = encounters;
        addClassName("session-card");
        getElement().setAttribute("data-session", String.valueOf(session.id()));
        Span mode = new Span(getTranslation("session.mode." + session.mode()));
        mode.getElement().getThemeList().add("badge" + (session.mode() == ExamMode.EXAM ? " contrast" : ""));
        Span status = new Span(getTranslation("session.status." + session.status()));
        status.getElement().getThemeList().add("badge" + (session.status() == ExamSessionStatus.OPEN ? " success" : ""));
        Span window = new Span(getTranslation("session.window", Formats.dateTime(session.opensAt(), getLocale()),
                Formats.dateTime(session.closesAt(), getLocale())));
        window.addClassName("session-window");
        Div meta = new Div(mode, status, window);
        meta.addClassName("session-meta");
        add(new H3(session.name()), meta);
        if (session.mode() == ExamMode.EXAM) {
            Span rule = new Span(getTranslation(session.released() ? "session.student.released" : "session.student.exam-rule"));
            rule.addClassName("session-rule");
            add(rule);
        }
        UnorderedList circuit = new UnorderedList();
        circuit.addClassName("circuit");
        for (CircuitStation station : session.stations()) {
            List<EncounterSummary> attempts = mine.stream()
                    .filter(e -> session.id() == (e.examSessionId() == null ? -1 : e.examSessionId())
                            && e.stationId().equals(station.stationId()))
                    .sorted(Comparator.comparing(EncounterSummary::startedAt).reversed()).toList();
            Span title = new Span(station.position() + ". " + station.title() + " · "
                    + getTranslation("stations.minutes", station.durationMinutes()));
            title.addClassName("circuit-title");
            ListItem item = new ListItem(title, action(session, station, attempts));
            item.getElement().setAttribute("data-station", station.stationId());
            circuit.add(item);
        }
        add(circuit);
    }

    private Component action(ExamSession session, CircuitStation station, List<EncounterSummary> attempts) {
        EncounterSummary open = attempts.stream().filter(e -> !e.ended()).findFirst().orElse(null);
        EncounterSummary last = attempts.isEmpty() ? null : attempts.get(0);
        if (open != null && session.status() == ExamSessionStatus.OPEN) {
            return new Anchor("encounter/" + open.id(), getTranslation("stations.resume"));
        }
        boolean examDone = session.mode() == ExamMode.EXAM && last != null;
        if (examDone) {
            return session.released() ? new Anchor("result/" + last.id(), getTranslation("stations.result"))
                    : note("session.student.awaiting-release");
        }
        if (session.status() == ExamSessionStatus.SCHEDULED) {
            return note("session.student.not-open");
        }
        if (session.status() == ExamSessionStatus.CLOSED) {
            return last == null ? note("session.student.missed") : new Anchor("result/" + last.id(), getTranslation("stations.result"));
        }
        Button start = new Button(getTranslation("stations.start"), e -> start(session, station));
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        start.addClassName("start-session-station");
        start.getElement().setAttribute("data-station", station.stationId());
        return start;
    }

    private void start(ExamSession session, CircuitStation station) {
        try {
            EncounterSummary encounter = encounters.startInSession(session.id(), station.stationVersionId());
            getUI().ifPresent(ui -> ui.navigate("encounter/" + encounter.id()));
        } catch (AdmissionRefusedException refused) {
            Notification.show(getTranslation("session.refused." + refused.reason()), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_WARNING);
        }
    }

    private Span note(String key) {
        Span note = new Span(getTranslation(key));
        note.addClassName("circuit-note");
        return note;
    }
}
