package org.oscetrainer.analytics.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.oscetrainer.analytics.SessionStatistics;
import org.oscetrainer.analytics.SessionStatistics.StationStatistics;
import org.oscetrainer.common.ui.OsceChart;

/** The session's reliability: Cronbach's alpha across stations, and each station's alpha without it, chart beside table. */
class ReliabilitySection extends Div {

    ReliabilitySection(SessionStatistics stats) {
        addClassName("reliability-section");
        Paragraph alpha = new Paragraph(stats.cronbachAlpha() == null ? getTranslation("analytics.reliability.none")
                : getTranslation("analytics.reliability.alpha", Numbers.two(stats.cronbachAlpha(), getLocale())));
        alpha.addClassName("reliability-alpha");
        List<String> titles = stats.stations().stream().map(StationStatistics::title).toList();
        OsceChart chart = new OsceChart(getTranslation("analytics.reliability.aria")).bars(titles, List.of(
                new OsceChart.Series(getTranslation("analytics.col.alpha-if-deleted"),
                        stats.stations().stream().map(StationStatistics::alphaIfDeleted).toList(), Palette.color(2))),
                null, "α", 1.0);
        Grid<StationStatistics> table = new Grid<>();
        table.addClassName("reliability-table");
        table.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        table.addColumn(StationStatistics::title).setHeader(getTranslation("col.station")).setFlexGrow(3);
        table.addColumn(s -> s.alphaIfDeleted() == null ? "—" : Numbers.two(s.alphaIfDeleted(), getLocale()))
                .setHeader(getTranslation("analytics.col.alpha-if-deleted"));
        table.addColumn(s -> s.rSquared() == null ? "—" : Numbers.two(s.rSquared(), getLocale()))
                .setHeader(getTranslation("analytics.col.r-squared"));
        table.setItems(stats.stations());
        table.setAllRowsVisible(true);
        add(new H2(getTranslation("analytics.section.reliability")), alpha,
                new Paragraph(getTranslation("analytics.reliability.help")));
        if (stats.stations().stream().allMatch(s -> s.alphaIfDeleted() == null)) {
            // nothing to draw: an empty chart would look like a failure
            add(new Paragraph(getTranslation("analytics.reliability.no-alpha-if-deleted")), table);
        } else {
            add(new ChartWithTable(chart, table));
        }
    }
}
