package org.oscetrainer.encounter.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.oscetrainer.catalog.CatalogService;
import org.oscetrainer.catalog.StationSummary;
import org.oscetrainer.cohort.AdmissionRefusedException;
import org.oscetrainer.cohort.ExamSession;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.oscetrainer.cohort.ExamSessionService;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.oscetrainer.common.ui.Formats;
import org.oscetrainer.encounter.EncounterService;
import org.oscetrainer.encounter.EncounterSummary;

/** The student's home: their exam sessions, stations to practise and their own past attempts. */
@Route("stations")
@Menu(order = 1, title = "nav.stations")
@RolesAllowed("PLAY_STATIONS")
public class StationsView extends VerticalLayout implements HasDynamicTitle {

    private final EncounterService encounters;
    private final Set<Long> hidden;

    public StationsView(CatalogService catalog, EncounterService encounters, ExamSessionService sessions) {
        this.encounters = encounters;
        addClassName("stations-view");
        var mine = encounters.myEncounters();
        List<ExamSession> mySessions = sessions.mySessions();
        hidden = mySessions.stream().filter(s -> !s.resultsVisible()).map(ExamSession::id).collect(Collectors.toSet());
        if (!mySessions.isEmpty()) {
            add(new H1(getTranslation("session.student.title")));
            Div sessionCards = new Div();
            sessionCards.addClassName("session-cards");
            mySessions.forEach(s -> sessionCards.add(new ExamSessionCard(s, mine, encounters)));
            add(sessionCards);
        }
        Component practice = mySessions.isEmpty() ? new H1(getTranslation("stations.title")) : new H2(getTranslation("stations.title"));
        ((HasStyle) practice).addClassName("practice-title");
        add(practice, new Paragraph(getTranslation("stations.intro")));

        Div cards = new Div();
        cards.addClassName("station-cards");
        var underExam = sessions.stationsUnderExam();
        catalog.publishedStations().stream().filter(s -> !underExam.contains(s.stationId())).forEach(s -> cards.add(card(s)));
        add(cards);

        add(new H2(getTranslation("stations.attempts")));
        if (mine.isEmpty()) {
            add(new Paragraph(getTranslation("stations.attempts.none")));
        } else {
            add(attempts(mine));
        }
    }

    private Div card(StationSummary station) {
        Div card = new Div();
        card.addClassName("station-card");
        Span meta = new Span(station.language().toUpperCase() + " · " + (station.specialty() == null ? "" : station.specialty())
                + " · " + getTranslation("stations.minutes", station.durationMinutes()));
        meta.addClassName("station-meta");
        H3 title = new H3(station.title());
        Paragraph door = new Paragraph(station.doorNote());
        door.addClassName("door-note-text");
        Button start = new Button(getTranslation("stations.start"), e -> {
            try {
                EncounterSummary encounter = encounters.start(station.versionId());
                getUI().ifPresent(ui -> ui.navigate("encounter/" + encounter.id()));
            } catch (AdmissionRefusedException refused) {
                Notification.show(getTranslation("session.refused." + refused.reason()), 6000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_WARNING);
            }
        });
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addClassName("start-station");
        start.getElement().setAttribute("data-station", station.stationId());
        card.add(meta, title, door, start);
        return card;
    }

    private Grid<EncounterSummary> attempts(java.util.List<EncounterSummary> mine) {
        Grid<EncounterSummary> grid = new Grid<>();
        grid.addClassName("attempts");
        grid.addColumn(EncounterSummary::stationTitle).setHeader(getTranslation("col.station")).setFlexGrow(3);
        grid.addColumn(e -> Formats.dateTime(e.startedAt(), getLocale())).setHeader(getTranslation("col.date")).setFlexGrow(2);
        grid.addComponentColumn(e -> !e.ended() ? new Anchor("encounter/" + e.id(), getTranslation("stations.resume"))
                : e.examSessionId() != null && hidden.contains(e.examSessionId())
                        ? new Span(getTranslation("session.student.awaiting-release"))
                        : new Anchor("result/" + e.id(), getTranslation("stations.result")))
                .setHeader(getTranslation("col.action")).setFlexGrow(1);
        grid.setItems(mine);
        grid.setAllRowsVisible(true);
        return grid;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("stations.title") + " · " + getTranslation("app.name");
    }
}
