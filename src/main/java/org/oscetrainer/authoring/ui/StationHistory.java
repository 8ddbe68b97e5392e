package org.oscetrainer.authoring.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import org.oscetrainer.catalog.StationAuthoringService;
import org.oscetrainer.catalog.StationAuthoringService.VersionInfo;
import org.oscetrainer.common.ui.Formats;

/** The versions of a station, and what changed from the previous version of the one selected. */
class StationHistory extends VerticalLayout {

    private final StationAuthoringService authoring;
    private final Div diff = new Div();

    StationHistory(StationAuthoringService authoring, List<VersionInfo> versions) {
        this.authoring = authoring;
        setPadding(false);
        Grid<VersionInfo> grid = new Grid<>();
        grid.addClassName("versions");
        grid.addColumn(v -> "v" + v.version()).setHeader(getTranslation("col.version")).setFlexGrow(0).setWidth("6em");
        grid.addColumn(v -> getTranslation("status." + v.status())).setHeader(getTranslation("library.status"));
        grid.addColumn(v -> getTranslation("origin." + v.origin())).setHeader(getTranslation("col.origin"));
        grid.addColumn(v -> v.createdBy() == null ? "—" : v.createdBy()).setHeader(getTranslation("col.author"));
        grid.addColumn(v -> Formats.dateTime(v.createdAt(), getLocale())).setHeader(getTranslation("col.updated"));
        grid.setItems(versions);
        grid.setAllRowsVisible(true);
        grid.addSelectionListener(e -> e.getFirstSelectedItem().ifPresent(v -> show(v, versions)));
        diff.addClassName("diff");
        add(new Paragraph(getTranslation("history.intro")), grid, diff);
    }

    private void show(VersionInfo selected, List<VersionInfo> versions) {
        diff.removeAll();
        int index = versions.indexOf(selected);
        if (index == versions.size() - 1) {
            diff.add(new Paragraph(getTranslation("history.first")));
            return;
        }
        VersionInfo previous = versions.get(index + 1);
        for (String line : authoring.diff(previous.versionId(), selected.versionId())) {
            Div row = new Div();
            row.setText(line);
            row.addClassNames("diff-line", switch (line.charAt(0)) {
                case '+' -> "added";
                case '-' -> "removed";
                case '~' -> "header";
                default -> "kept";
            });
            diff.add(row);
        }
    }
}
