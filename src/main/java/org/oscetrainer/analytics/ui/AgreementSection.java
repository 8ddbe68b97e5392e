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
import org.oscetrainer.common.ui.SimulatedNotice;

/**
 * AI–examiner agreement per station, chart beside table; labelled as simulated when the session holds
 * the demo's simulated encounters (their examiner is simulated too).
 */
class AgreementSection extends Div {

    AgreementSection(SessionStatistics stats, long simulated) {
        addClassName("agreement-section");
        H2 title = new H2(getTranslation("analytics.section.agreement"));
        add(title);
        if (simulated > 0) {
            add(new SimulatedNotice("analytics.simulated.agreement"));
        }
        List<String> titles = stats.stations().stream().map(StationStatistics::title).toList();
        OsceChart chart = new OsceChart(getTranslation("analytics.agreement.aria")).bars(titles, List.of(
                new OsceChart.Series(getTranslation("analytics.col.ai-agreement"),
                        stats.stations().stream().map(s -> s.aiAgreement() == null ? null : 100 * s.aiAgreement()).toList(),
                        Palette.color(3))), null, "%", 100.0);
        Grid<StationStatistics> table = new Grid<>();
        table.addClassName("agreement-table");
        table.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        table.addColumn(StationStatistics::title).setHeader(getTranslation("col.station")).setFlexGrow(3);
        table.addColumn(s -> s.aiAgreement() == null ? "—" : Numbers.percent(s.aiAgreement(), getLocale()))
                .setHeader(getTranslation("analytics.col.ai-agreement")).setFlexGrow(2);
        table.addColumn(s -> s.aiKappa() == null ? "—" : Numbers.two(s.aiKappa(), getLocale()))
                .setHeader(getTranslation("analytics.col.kappa"));
        table.setItems(stats.stations());
        table.setAllRowsVisible(true);
        add(new Paragraph(getTranslation("analytics.agreement.help")), new ChartWithTable(chart, table));
    }
}
