package org.oscetrainer.common.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import elemental.json.Json;
import elemental.json.JsonArray;
import elemental.json.JsonObject;
import java.util.List;

/**
 * A chart drawn in the browser by Chart.js (npm, version pinned here), from a configuration built on
 * the server. Every chart has a label for screen readers and is shown next to a table of its figures.
 */
@Tag("osce-chart")
@NpmPackage(value = "chart.js", version = "4.4.9")
@JsModule("./charts/osce-chart.js")
public class OsceChart extends Component implements HasSize {

    /** A series of a bar or line chart. */
    public record Series(String label, List<? extends Number> values, String color) {
    }

    public OsceChart(String ariaLabel) {
        getElement().setAttribute("aria-label", ariaLabel);
        addClassName("osce-chart");
        setHeight("16rem");
    }

    /** A bar chart of one or more series over the labels. */
    public OsceChart bars(List<String> labels, List<Series> series, String xTitle, String yTitle, Double yMax) {
        return draw("bar", labels, series, xTitle, yTitle, yMax);
    }

    /** A line chart of one or more series over the labels (e.g. dates). */
    public OsceChart lines(List<String> labels, List<Series> series, String xTitle, String yTitle, Double yMax) {
        return draw("line", labels, series, xTitle, yTitle, yMax);
    }

    private OsceChart draw(String type, List<String> labels, List<Series> series, String xTitle, String yTitle,
            Double yMax) {
        JsonObject config = Json.createObject();
        config.put("type", type);
        JsonObject data = Json.createObject();
        data.put("labels", strings(labels));
        JsonArray datasets = Json.createArray();
        for (Series s : series) {
            JsonObject set = Json.createObject();
            set.put("label", s.label());
            JsonArray values = Json.createArray();
            for (int i = 0; i < s.values().size(); i++) {
                Number v = s.values().get(i);
                if (v == null) {
                    values.set(i, Json.createNull());
                } else {
                    values.set(i, v.doubleValue());
                }
            }
            set.put("data", values);
            set.put("backgroundColor", s.color());
            set.put("borderColor", s.color());
            set.put("spanGaps", true);
            set.put("maxBarThickness", 48);
            datasets.set(datasets.length(), set);
        }
        data.put("datasets", datasets);
        config.put("data", data);
        JsonObject options = Json.createObject();
        JsonObject scales = Json.createObject();
        scales.put("x", axis(xTitle, null));
        scales.put("y", axis(yTitle, yMax));
        options.put("scales", scales);
        JsonObject legend = Json.createObject();
        legend.put("display", series.size() > 1);
        JsonObject plugins = Json.createObject();
        plugins.put("legend", legend);
        options.put("plugins", plugins);
        config.put("options", options);
        getElement().setPropertyJson("config", config);
        return this;
    }

    private static JsonObject axis(String title, Double max) {
        JsonObject axis = Json.createObject();
        JsonObject t = Json.createObject();
        t.put("display", title != null);
        t.put("text", title == null ? "" : title);
        axis.put("title", t);
        if (max != null) {
            axis.put("min", 0);
            axis.put("max", max);
        }
        return axis;
    }

    private static JsonArray strings(List<String> values) {
        JsonArray array = Json.createArray();
        values.forEach(v -> array.set(array.length(), v));
        return array;
    }
}
