package org.oscetrainer.analytics.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import org.oscetrainer.common.ui.OsceChart;

/** A chart and, under it, the table of the same figures (for screen readers and for reading exact values). */
class ChartWithTable extends Div {

    ChartWithTable(OsceChart chart, Grid<?> table) {
        Div figure = new Div(chart);
        figure.addClassName("chart-box");
        Div data = new Div(table);
        data.addClassName("table-box");
        add(figure, data);
        addClassName("chart-and-table");
    }
}
