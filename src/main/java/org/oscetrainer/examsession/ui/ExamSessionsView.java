package org.oscetrainer.examsession.ui;

import org.oscetrainer.cohort.CohortService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import org.oscetrainer.examsession.SessionAction;
import org.oscetrainer.catalog.CatalogService;
import org.oscetrainer.cohort.CohortService;
import org.oscetrainer.examsession.ExamMode;
import org.oscetrainer.examsession.ExamSession;
import org.oscetrainer.examsession.ExamSessionException;
import org.oscetrainer.examsession.ExamSessionService;
import org.oscetrainer.examsession.ExamSessionStatus;
import org.oscetrainer.common.ui.Formats;

/** Faculty: the exam sessions, scheduling a new one, releasing results, stopping AI scoring. */
@Route("sessions")
@Menu(order = 21, title = "nav.sessions")
@RolesAllowed("RUN_EXAM_SESSIONS")
public class ExamSessionsView extends VerticalLayout implements HasDynamicTitle {

    private final ExamSessionService sessions;
    private final Grid<ExamSession> grid = new Grid<>();
    private final List<SessionAction> extraActions;

    public ExamSessionsView(ExamSessionService sessions, CohortService cohorts, CatalogService catalog,
            List<SessionAction> extraActions, Clock clock) {
        this.sessions = sessions;
        this.extraActions = extraActions;
        addClassName("sessions-view");
        setSizeFull();
        Button schedule = new Button(getTranslation("session.schedule"), e -> new ScheduleSessionDialog(sessions,
                cohorts.cohorts(), catalog.publishedStations(), clock, s -> {
                    Notification.show(getTranslation("session.scheduled", s.name()), 4000, Notification.Position.BOTTOM_START)
                            .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                    refresh();
                }).open());
        schedule.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        schedule.addClassName("schedule-session");

        grid.addClassName("sessions");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(ExamSession::name).setHeader(getTranslation("session.col.name")).setFlexGrow(3);
        grid.addColumn(ExamSession::cohortName).setHeader(getTranslation("session.col.cohort")).setFlexGrow(2);
        grid.addComponentColumn(this::modeAndStatus).setHeader(getTranslation("col.status")).setFlexGrow(2);
        grid.addColumn(s -> Formats.dateTime(s.opensAt(), getLocale()) + " → " + Formats.dateTime(s.closesAt(), getLocale()))
                .setHeader(getTranslation("session.col.window")).setFlexGrow(3);
        grid.addComponentColumn(this::circuit).setHeader(getTranslation("session.col.circuit")).setFlexGrow(4);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("col.action")).setFlexGrow(3);
        add(new H1(getTranslation("session.title")), new Paragraph(getTranslation("session.intro")), schedule, grid);
        expand(grid);
        refresh();
    }

    private Component circuit(ExamSession s) {
        UnorderedList list = new UnorderedList();
        list.addClassName("circuit-list");
        s.stations().forEach(c -> list.add(new ListItem(c.title() + " · " + getTranslation("stations.minutes", c.durationMinutes()))));
        return list;
    }

    private Component modeAndStatus(ExamSession s) {
        Span mode = badge(getTranslation("session.mode." + s.mode()), s.mode() == ExamMode.EXAM ? "contrast" : "");
        Span status = badge(getTranslation("session.status." + s.status()), s.status() == ExamSessionStatus.OPEN ? "success" : "");
        Div box = new Div(mode, status);
        if (s.mode() == ExamMode.EXAM) {
            box.add(badge(getTranslation(s.released() ? "session.results.released" : "session.results.hidden"),
                    s.released() ? "success" : ""));
        }
        if (s.aiScoringStopped()) {
            box.add(badge(getTranslation("session.ai.stopped"), "error"));
        }
        box.addClassName("badges");
        return box;
    }

    private Component actions(ExamSession s) {
        Div box = new Div();
        box.addClassName("session-actions");
        box.getElement().setAttribute("data-session", String.valueOf(s.id()));
        box.add(new Anchor("analytics/" + s.id(), getTranslation("session.analytics")));
        if (s.mode() == ExamMode.EXAM && !s.released()) {
            Button release = new Button(getTranslation("session.release"), e -> confirmRelease(s));
            release.addThemeVariants(ButtonVariant.LUMO_SMALL);
            release.addClassName("release-results");
            release.setEnabled(s.status() == ExamSessionStatus.CLOSED);
            if (s.status() != ExamSessionStatus.CLOSED) {
                release.setTooltipText(getTranslation("session.release.after-close"));
            }
            box.add(release);
        }
        if (s.status() == ExamSessionStatus.OPEN) {
            Button closeNow = new Button(getTranslation("session.close-now"), e -> confirmCloseNow(s));
            closeNow.addThemeVariants(ButtonVariant.LUMO_SMALL);
            closeNow.addClassName("close-now");
            box.add(closeNow);
        }
        extraActions.forEach(extra -> extra.accept(s, box));
        if (s.status() == ExamSessionStatus.CLOSED) {
            return box; // no encounter will end any more: the AI switch would change nothing
        }
        Button ai = new Button(getTranslation(s.aiScoringStopped() ? "session.ai.resume" : "session.ai.stop"), e -> {
            sessions.stopAiScoring(s.id(), !s.aiScoringStopped());
            refresh();
        });
        ai.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        ai.addClassName("switch-ai-scoring");
        ai.setTooltipText(getTranslation("session.ai.help"));
        box.add(ai);
        return box;
    }

    private void confirmCloseNow(ExamSession s) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("session.close-now.confirm.title", s.name()),
                getTranslation("session.close-now.confirm.text"), getTranslation("session.close-now"), e -> {
                    sessions.closeNow(s.id());
                    Notification.show(getTranslation("session.closed-now", s.name()), 4000, Notification.Position.BOTTOM_START)
                            .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                    refresh();
                });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("session.cancel"));
        confirm.addClassName("confirm-close-now");
        confirm.open();
    }

    /** Refreshes the list (after an action elsewhere on the page). */
    public void refresh() {
        grid.setItems(sessions.sessions());
    }

    private void confirmRelease(ExamSession s) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("session.release.confirm.title", s.name()),
                getTranslation("session.release.confirm.text"), getTranslation("session.release"), e -> {
                    try {
                        sessions.release(s.id());
                        Notification.show(getTranslation("session.released", s.name()), 4000, Notification.Position.BOTTOM_START)
                                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                    } catch (ExamSessionException refused) {
                        Notification.show(getTranslation(refused.key()), 6000, Notification.Position.MIDDLE)
                                .addThemeVariants(NotificationVariant.LUMO_WARNING);
                    }
                    refresh();
                });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("session.cancel"));
        confirm.addClassName("confirm-release");
        confirm.open();
    }

    private static Span badge(String text, String theme) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add(("badge " + theme).strip());
        return badge;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("session.title") + " · " + getTranslation("app.name");
    }
}
