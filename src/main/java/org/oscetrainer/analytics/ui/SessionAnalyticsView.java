package org.oscetrainer.analytics.ui;

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
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import org.oscetrainer.analytics.SessionAnalyticsService;
import org.oscetrainer.analytics.SessionResults;
import org.oscetrainer.analytics.SessionStatistics;
import org.oscetrainer.analytics.SessionStatistics.ItemStatistics;
import org.oscetrainer.analytics.SessionStatistics.StationStatistics;
import org.oscetrainer.common.ui.OsceChart;

/**
 * Faculty: one session's analytics. Each chart sits next to a table of the same figures; item and
 * student tables follow, and the grade downloads.
 */
@Route("analytics")
@RolesAllowed("READ_ANALYTICS")
public class SessionAnalyticsView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final SessionAnalyticsService analytics;
    private String title = "";

    public SessionAnalyticsView(SessionAnalyticsService analytics) {
        this.analytics = analytics;
        addClassName("analytics-view");
    }

    @Override
    public void setParameter(BeforeEvent event, Long sessionId) {
        SessionResults results = analytics.results(sessionId);
        SessionStatistics stats = analytics.statistics(results);
        title = results.sessionName();
        removeAll();
        add(new H1(getTranslation("analytics.title", results.sessionName())));
        add(summary(results, stats), new SessionDownloads(results.sessionId()));
        add(new H2(getTranslation("analytics.distribution")), distribution(stats));
        add(new H2(getTranslation("analytics.stations")), stations(stats));
        add(new H2(getTranslation("analytics.items")), new Paragraph(getTranslation("analytics.items.help")));
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
        add(station, items);
        add(new H2(getTranslation("analytics.students")), students(results, stats));
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
        table.addColumn(s -> s.alphaIfDeleted() == null ? "—" : Numbers.two(s.alphaIfDeleted(), getLocale()))
                .setHeader(getTranslation("analytics.col.alpha-if-deleted"));
        table.addColumn(s -> s.aiAgreement() == null ? "—" : Numbers.percent(s.aiAgreement(), getLocale())
                + (s.aiKappa() == null ? "" : " · κ " + Numbers.two(s.aiKappa(), getLocale())))
                .setHeader(getTranslation("analytics.col.ai-agreement")).setFlexGrow(2);
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
