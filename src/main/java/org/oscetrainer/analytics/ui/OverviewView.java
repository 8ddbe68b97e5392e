package org.oscetrainer.analytics.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.oscetrainer.analytics.DeanOverview;
import org.oscetrainer.analytics.DeanOverviewService;
import org.oscetrainer.common.ui.Formats;
import org.oscetrainer.common.ui.OsceChart;

/** The dean's office home: sessions under way, reviews pending, incidents open, latest pass rates. */
@Route("overview")
@Menu(order = 5, title = "nav.overview")
@RolesAllowed("READ_ANALYTICS")
public class OverviewView extends VerticalLayout implements HasDynamicTitle {

    public OverviewView(DeanOverviewService overviews) {
        addClassName("overview-view");
        DeanOverview overview = overviews.overview();
        add(new H1(getTranslation("overview.title")));
        Div tiles = new Div(
                tile("in-progress", String.valueOf(overview.inProgress().size()), "overview.tile.in-progress", "sessions"),
                tile("reviews", String.valueOf(overview.reviewsPending()), "overview.tile.reviews", "review"),
                tile("incidents", String.valueOf(overview.incidentsOpen()), "overview.tile.incidents", "incidents"));
        tiles.addClassName("tiles");
        add(tiles);

        add(new H2(getTranslation("overview.in-progress")));
        if (overview.inProgress().isEmpty()) {
            add(new Paragraph(getTranslation("overview.in-progress.none")));
        } else {
            Grid<DeanOverview.SessionInProgress> running = new Grid<>();
            running.addClassName("in-progress");
            running.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
            running.addColumn(DeanOverview.SessionInProgress::name).setHeader(getTranslation("session.col.name")).setFlexGrow(3);
            running.addColumn(DeanOverview.SessionInProgress::cohortName).setHeader(getTranslation("session.col.cohort")).setFlexGrow(2);
            running.addColumn(s -> Formats.dateTime(s.closesAt(), getLocale())).setHeader(getTranslation("session.field.closes")).setFlexGrow(2);
            running.addColumn(s -> getTranslation("overview.progress", s.encountersEnded(), s.rosterSize() * s.stations(),
                    s.encountersOpen())).setHeader(getTranslation("overview.col.progress")).setFlexGrow(3);
            running.setItems(overview.inProgress());
            running.setAllRowsVisible(true);
            add(running);
        }

        add(new H2(getTranslation("overview.pass-rates")));
        if (overview.passRates().isEmpty()) {
            add(new Paragraph(getTranslation("overview.pass-rates.none")));
        } else {
            add(passRates(overview.passRates()));
        }
    }

    private Div passRates(List<DeanOverview.SessionPassRate> rates) {
        OsceChart chart = new OsceChart(getTranslation("overview.pass-rates.aria")).bars(
                rates.stream().map(DeanOverview.SessionPassRate::name).toList(),
                List.of(new OsceChart.Series(getTranslation("analytics.col.pass-rate"),
                        rates.stream().map(r -> 100 * r.passRate()).toList(), Palette.color(2))), null, "%", 100.0);
        Grid<DeanOverview.SessionPassRate> table = new Grid<>();
        table.addClassName("pass-rates");
        table.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        table.addComponentColumn(r -> new Anchor("analytics/" + r.sessionId(), r.name()))
                .setHeader(getTranslation("session.col.name")).setFlexGrow(3);
        table.addColumn(DeanOverview.SessionPassRate::cohortName).setHeader(getTranslation("session.col.cohort")).setFlexGrow(2);
        table.addColumn(DeanOverview.SessionPassRate::candidates).setHeader(getTranslation("analytics.col.n"));
        table.addColumn(r -> Numbers.percent(r.passRate(), getLocale())).setHeader(getTranslation("analytics.col.pass-rate"));
        table.addColumn(r -> r.cronbachAlpha() == null ? "—" : Numbers.two(r.cronbachAlpha(), getLocale()))
                .setHeader(getTranslation("analytics.fig.alpha"));
        table.addColumn(r -> getTranslation("overview.reviewed", r.reviewed(), r.results()))
                .setHeader(getTranslation("overview.col.reviewed")).setFlexGrow(2);
        table.setItems(rates);
        table.setAllRowsVisible(true);
        return new ChartWithTable(chart, table);
    }

    private Component tile(String name, String value, String labelKey, String href) {
        Span number = new Span(value);
        number.addClassName("tile-value");
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("tile-label");
        Anchor tile = new Anchor(href, number, label);
        tile.addClassNames("tile", "tile-" + name);
        return tile;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("overview.title") + " · " + getTranslation("app.name");
    }
}
