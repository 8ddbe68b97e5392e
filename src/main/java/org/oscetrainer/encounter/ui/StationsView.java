package org.oscetrainer.encounter.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.oscetrainer.catalog.CatalogService;
import org.oscetrainer.catalog.StationSummary;
import org.oscetrainer.examsession.AdmissionRefusedException;
import org.oscetrainer.examsession.ExamSession;
import org.oscetrainer.examsession.ExamSessionService;
import org.oscetrainer.common.ui.Formats;
import org.oscetrainer.encounter.EncounterService;
import org.oscetrainer.encounter.EncounterSummary;

/**
 * The student's home: their exam sessions, the stations to practise (searched and filtered, the
 * filter kept in the address) and their own past attempts.
 */
@Route("stations")
@Menu(order = 1, title = "nav.stations")
@RolesAllowed("PLAY_STATIONS")
public class StationsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final CatalogService catalog;
    private final EncounterService encounters;
    private final Set<Long> hidden;
    private final List<StationSummary> practice;
    private final StationFilters filters;
    private final Div cards = new Div();
    private final Paragraph count = new Paragraph();
    private final boolean cardTitlesH3;

    public StationsView(CatalogService catalog, EncounterService encounters, ExamSessionService sessions) {
        this.catalog = catalog;
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
        cardTitlesH3 = !mySessions.isEmpty();
        Component heading = mySessions.isEmpty() ? new H1(getTranslation("stations.title")) : new H2(getTranslation("stations.title"));
        ((HasStyle) heading).addClassName("practice-title");
        Anchor progress = new Anchor("progress", getTranslation("stations.progress-link"));
        progress.addClassName("progress-link");
        add(heading, new Paragraph(new Span(getTranslation("stations.intro") + " "), progress));

        var underExam = sessions.stationsUnderExam();
        practice = catalog.publishedStations().stream().filter(s -> !underExam.contains(s.stationId())).toList();
        filters = new StationFilters(practice, f -> {
            show();
            getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, new Location("stations", f.parameters())));
        });
        count.addClassName("station-count");
        count.getElement().setAttribute("aria-live", "polite");
        cards.addClassName("station-cards");
        add(filters, count, cards);

        add(new H2(getTranslation("stations.attempts")));
        if (mine.isEmpty()) {
            add(new Paragraph(getTranslation("stations.attempts.none")));
        } else {
            add(attempts(mine));
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        filters.read(event.getLocation().getQueryParameters(), getLocale());
        show();
    }

    private void show() {
        var filter = filters.filter();
        List<StationSummary> shown = catalog.publishedStations(filter).stream().filter(practice::contains).toList();
        cards.removeAll();
        shown.forEach(s -> cards.add(card(s)));
        count.setText(shown.isEmpty() ? getTranslation("stations.filter.none")
                : getTranslation("stations.filter.count", shown.size(), practice.size()));
    }

    private Div card(StationSummary station) {
        Div card = new Div();
        card.addClassName("station-card");
        card.getElement().setAttribute("data-station", station.stationId());
        Div meta = new Div();
        meta.addClassName("station-meta");
        meta.add(badge(getTranslation("language." + station.language()), "language"));
        if (station.specialty() != null) {
            meta.add(badge(station.specialty(), "specialty"));
        }
        meta.add(badge(getTranslation("stations.minutes", station.durationMinutes()), "duration"));
        HtmlContainer title = cardTitlesH3 ? new H3(station.title()) : new H2(station.title());
        title.addClassName("station-title");
        Div skills = new Div();
        skills.addClassName("station-skills");
        skills.add(new Span(getTranslation("stations.trains")));
        station.skills().forEach(s -> skills.add(skillBadge(getTranslation("skill." + s.category()))));
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
        start.getElement().setAttribute("aria-label", getTranslation("stations.start.aria", station.title()));
        card.add(meta, title, skills, new DoorNoteParts(station.doorNoteParts()), start);
        return card;
    }

    private static Span badge(String text, String kind) {
        Span badge = new Span(text);
        badge.getElement().setAttribute("theme", "badge contrast small");
        badge.addClassName("badge-" + kind);
        return badge;
    }

    private static Span skillBadge(String text) {
        Span badge = new Span(text);
        badge.getElement().setAttribute("theme", "badge small");
        badge.addClassName("badge-skill");
        return badge;
    }

    private Grid<EncounterSummary> attempts(List<EncounterSummary> mine) {
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
