package org.oscetrainer.analytics.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.oscetrainer.analytics.SessionAnalyticsService;
import org.oscetrainer.analytics.SessionResults;
import org.oscetrainer.analytics.SessionStatistics;
import org.oscetrainer.analytics.SessionStatistics.ItemStatistics;
import org.oscetrainer.analytics.SessionStatistics.StationStatistics;
import org.oscetrainer.common.ui.OsceChart;
import org.oscetrainer.common.ui.SimulatedNotice;

/**
 * Faculty: one session's analytics, in sections (overview, stations, items, reliability, agreement,
 * students), one tab each, the open one kept in the address ({@code ?section=items}). Each chart sits
 * with a table of the same figures. Figures from the demo's simulated cohort are labelled as such on
 * every section, and again where the AI–examiner agreement is shown.
 */
@Route("analytics")
@RolesAllowed("READ_ANALYTICS")
public class SessionAnalyticsView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final SessionAnalyticsService analytics;
    private String title = "";
    private final Div content = new Div();
    private SessionResults results;
    private SessionStatistics stats;
    private long simulated;

    public SessionAnalyticsView(SessionAnalyticsService analytics) {
        this.analytics = analytics;
        addClassName("analytics-view");
        content.addClassName("analytics-section");
        content.setWidthFull();
    }

    @Override
    public void setParameter(BeforeEvent event, Long sessionId) {
        results = analytics.results(sessionId);
        stats = analytics.statistics(results);
        simulated = analytics.simulatedEncounters(sessionId);
        title = results.sessionName();
        removeAll();
        add(new H1(getTranslation("analytics.title", results.sessionName())));
        if (simulated > 0) {
            add(new SimulatedNotice("analytics.simulated.session", simulated));
        }
        Map<AnalyticsSection, Tab> tabs = new EnumMap<>(AnalyticsSection.class);
        Tabs bar = new Tabs();
        bar.addClassName("analytics-tabs");
        bar.getElement().setAttribute("aria-label", getTranslation("analytics.sections"));
        for (AnalyticsSection section : AnalyticsSection.values()) {
            Tab tab = new Tab(getTranslation("analytics.section." + section.key())
                    + (section == AnalyticsSection.AGREEMENT && simulated > 0 ? " (" + getTranslation("analytics.simulated.badge") + ")" : ""));
            tab.getElement().setAttribute("data-section", section.key());
            tabs.put(section, tab);
            bar.add(tab);
        }
        AnalyticsSection open = event.getLocation().getQueryParameters().getParameters()
                .getOrDefault("section", List.of()).stream().findFirst().flatMap(AnalyticsSection::of)
                .orElse(AnalyticsSection.OVERVIEW);
        bar.setSelectedTab(tabs.get(open));
        show(open);
        bar.addSelectedChangeListener(e -> tabs.forEach((section, tab) -> {
            if (tab == e.getSelectedTab()) {
                show(section);
                getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, new Location("analytics/" + sessionId,
                        QueryParameters.of("section", section.key()))));
            }
        }));
        add(bar, content);
    }

    private void show(AnalyticsSection section) {
        content.removeAll();
        content.getElement().setAttribute("data-section", section.key());
        switch (section) {
            case OVERVIEW -> content.add(summary(results, stats), new SessionDownloads(results.sessionId()),
                    new H2(getTranslation("analytics.distribution")), distribution(stats));
            case STATIONS -> content.add(new H2(getTranslation("analytics.stations")), stations(stats));
            case ITEMS -> content.add(itemsSection());
            case RELIABILITY -> content.add(new ReliabilitySection(stats));
            case AGREEMENT -> content.add(new AgreementSection(stats, simulated));
            case STUDENTS -> content.add(new H2(getTranslation("analytics.students")), students(results, stats));
        }
    }

    private Div itemsSection() {
        Grid<ItemStatistics> items = items(stats);
        ComboBox<StationStatistics> station = new ComboBox<>(getTranslation("col.station"));
        station.setItems(stats.stations());
        station.setItemLabelGenerator(StationStatistics::title);
        station.setClearButtonVisible(true);
        station.setPlaceholder(getTranslation("analytics.items.all"));
        station.setWidth("24rem");
        station.addClassName("items-filter");
        station.addValueChangeListener(e -> items.setItems(stats.items().stream()
                .filter(i -> e.getValue() == null || i.stationId().equals(e.getValue().stationId())).toList()));
        return new Div(new H2(getTranslation("analytics.items")), new Paragraph(getTranslation("analytics.items.help")),
                station, items);
    }

    private Div summary(SessionResults results, SessionStatistics stats) {
        Div box = new Div(
                figure("analytics.fig.cohort", results.cohortName()),
                figure("analytics.fig.candidates", stats.candidates() + " / " + results.students().size()),
                figure("analytics.fig.alpha", stats.cronbachAlpha() == null ? "—" : Numbers.two(stats.cronbachAlpha(), getLocale())),
                figure("analytics.fig.pass-mark", Numbers.one(stats.passMarkTotal(), getLocale()) + " / " + stats.maxTotal()),
                figure("analytics.fig.pass-rate", stats.passRate() == null ? "—"
                        : Numbers.percent(stats.passRate(), getLocale())));
        box.addClassName("figures");
        return box;
    }

    private Div figure(String key, String value) {
        Span label = new Span(getTranslation(key));
        label.addClassName("figure-label");
        Span v = new Span(value);
        v.addClassName("figure-value");
        Div figure = new Div(label, v);
        figure.addClassName("figure");
        figure.getElement().setAttribute("data-figure", key.substring(key.lastIndexOf('.') + 1));
        return figure;
    }

    private Div distribution(SessionStatistics stats) {
        List<String> bins = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            bins.add(i * 10 + "–" + (i == 9 ? 100 : i * 10 + 10) + " %");
        }
        List<OsceChart.Series> series = new ArrayList<>();
        for (int i = 0; i < stats.stations().size(); i++) {
            StationStatistics s = stats.stations().get(i);
            series.add(new OsceChart.Series(s.title(), s.histogram(), Palette.color(i)));
        }
        OsceChart chart = new OsceChart(getTranslation("analytics.distribution.aria"))
                .bars(bins, series, getTranslation("analytics.axis.score"), getTranslation("analytics.axis.students"), null);
        Grid<Integer> table = new Grid<>();
        table.addClassName("distribution-table");
        table.addThemeVariants(GridVariant.LUMO_COMPACT);
        table.addColumn(bins::get).setHeader(getTranslation("analytics.axis.score"));
        for (StationStatistics s : stats.stations()) {
            Span header = new Span(s.stationId());
            header.setTitle(s.title());
            table.addColumn(i -> s.histogram().get(i)).setHeader(header);
        }
        table.setItems(java.util.stream.IntStream.range(0, 10).boxed().toList());
        table.setAllRowsVisible(true);
        return new ChartWithTable(chart, table);
    }

    private Div stations(SessionStatistics stats) {
        List<String> titles = stats.stations().stream().map(StationStatistics::title).toList();
        OsceChart chart = new OsceChart(getTranslation("analytics.stations.aria")).bars(titles, List.of(
                new OsceChart.Series(getTranslation("analytics.col.pass-rate"),
                        stats.stations().stream().map(s -> 100 * s.passRate()).toList(), Palette.color(0)),
                new OsceChart.Series(getTranslation("analytics.col.mean-percent"),
                        stats.stations().stream().map(s -> s.maxPoints() == 0 ? 0 : 100 * s.mean() / s.maxPoints()).toList(),
                        Palette.color(1))), null, "%", 100.0);
        Grid<StationStatistics> table = new Grid<>();
        table.addClassName("stations-table");
        table.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        table.addColumn(StationStatistics::title).setHeader(getTranslation("col.station")).setFlexGrow(3);
        table.addColumn(StationStatistics::candidates).setHeader(getTranslation("analytics.col.n"));
        table.addColumn(s -> Numbers.one(s.mean(), getLocale()) + " ± " + Numbers.one(s.sd(), getLocale()) + " / " + s.maxPoints())
                .setHeader(getTranslation("analytics.col.mean")).setFlexGrow(2);
        table.addColumn(s -> Numbers.one(s.passMarkUsed(), getLocale()) + " (" + getTranslation("analytics.method." + s.passMarkMethod()) + ")")
                .setHeader(getTranslation("analytics.col.pass-mark")).setFlexGrow(2);
        table.addColumn(s -> Numbers.percent(s.passRate(), getLocale())).setHeader(getTranslation("analytics.col.pass-rate"));
        table.addColumn(s -> s.rSquared() == null ? "—" : Numbers.two(s.rSquared(), getLocale())).setHeader("R²");
        table.setItems(stats.stations());
        table.setAllRowsVisible(true);
        return new ChartWithTable(chart, table);
    }

    private Grid<ItemStatistics> items(SessionStatistics stats) {
        Grid<ItemStatistics> table = new Grid<>();
        table.addClassName("items-table");
        table.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        table.addColumn(ItemStatistics::stationId).setHeader(getTranslation("col.station")).setSortable(true).setFlexGrow(1);
        table.addColumn(ItemStatistics::label).setHeader(getTranslation("col.item")).setFlexGrow(4);
        table.addColumn(ItemStatistics::n).setHeader(getTranslation("analytics.col.n"));
        table.addColumn(i -> Numbers.two(i.difficulty(), getLocale())).setHeader(getTranslation("analytics.col.difficulty"))
                .setComparator(ItemStatistics::difficulty);
        table.addColumn(i -> i.discrimination() == null ? "—" : Numbers.two(i.discrimination(), getLocale()))
                .setHeader(getTranslation("analytics.col.discrimination"))
                .setComparator(i -> i.discrimination() == null ? 2 : i.discrimination());
        table.addColumn(this::flag).setHeader(getTranslation("analytics.col.flag")).setFlexGrow(2);
        table.setItems(stats.items());
        table.setAllRowsVisible(true);
        return table;
    }

    private String flag(ItemStatistics i) {
        List<String> flags = new ArrayList<>();
        if (i.difficulty() > 0.9) {
            flags.add(getTranslation("analytics.flag.easy"));
        } else if (i.difficulty() < 0.2) {
            flags.add(getTranslation("analytics.flag.hard"));
        }
        if (i.discrimination() != null && i.discrimination() < 0.2) {
            flags.add(getTranslation("analytics.flag.discrimination"));
        }
        return String.join(" · ", flags);
    }

    private Grid<SessionResults.Student> students(SessionResults results, SessionStatistics stats) {
        Grid<SessionResults.Student> table = new Grid<>();
        table.addClassName("students-table");
        table.addThemeVariants(GridVariant.LUMO_COMPACT);
        table.addColumn(s -> s.lastName() + " " + s.firstName()).setHeader(getTranslation("col.student")).setFlexGrow(3)
                .setSortable(true);
        table.addColumn(SessionResults.Student::group).setHeader(getTranslation("analytics.col.group")).setSortable(true);
        for (SessionResults.Station station : results.stations()) {
            table.addColumn(s -> s.results().containsKey(station.stationId())
                    ? String.valueOf(s.results().get(station.stationId()).total()) : "—").setHeader(station.stationId());
        }
        table.addColumn(s -> outcome(stats, s).map(o -> o.total() + " / " + o.max()).orElse("—"))
                .setHeader(getTranslation("analytics.col.total"));
        table.addColumn(s -> outcome(stats, s).map(o -> getTranslation(o.passed() ? "analytics.pass" : "analytics.fail"))
                .orElse("—")).setHeader(getTranslation("analytics.col.outcome"));
        table.addComponentColumn(s -> new Anchor("analytics/student/" + s.username(), getTranslation("analytics.profile")))
                .setHeader(getTranslation("col.action"));
        table.setItems(results.students());
        table.setPageSize(50);
        table.setHeight("28rem");
        return table;
    }

    private static java.util.Optional<SessionStatistics.StudentOutcome> outcome(SessionStatistics stats,
            SessionResults.Student s) {
        return s.results().isEmpty() ? java.util.Optional.empty() : java.util.Optional.ofNullable(stats.students().get(s.username()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("analytics.page-title", title) + " · " + getTranslation("app.name");
    }
}
