package org.oscetrainer.export.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamResource;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import org.oscetrainer.common.ui.Formats;
import org.oscetrainer.export.GradeRow;
import org.oscetrainer.export.GradesExportService;

/** Faculty: the grades of every scored encounter, and their download as a spreadsheet. */
@Route("grades")
@Menu(order = 20, title = "nav.grades")
@RolesAllowed("EXPORT_GRADES")
public class GradesView extends VerticalLayout implements HasDynamicTitle {

    public GradesView(GradesExportService grades) {
        addClassName("grades-view");
        setSizeFull();
        String language = getLocale().getLanguage();
        StreamResource xlsx = new StreamResource("osce-grades-" + LocalDate.now() + ".xlsx", () -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                grades.writeXlsx(out, language);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new ByteArrayInputStream(out.toByteArray());
        });
        xlsx.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        Anchor download = new Anchor(xlsx, "");
        download.getElement().setAttribute("download", true);
        download.add(VaadinIcon.DOWNLOAD.create());
        download.add(getTranslation("grades.download"));
        download.addClassName("download-xlsx");

        Grid<GradeRow> grid = new Grid<>();
        grid.addClassName("grades");
        grid.addColumn(GradeRow::studentName).setHeader(getTranslation("col.student")).setSortable(true).setFlexGrow(2);
        grid.addColumn(GradeRow::stationTitle).setHeader(getTranslation("col.station")).setSortable(true).setFlexGrow(3);
        grid.addColumn(g -> Formats.dateTime(g.date(), getLocale())).setHeader(getTranslation("col.date")).setFlexGrow(2);
        grid.addColumn(g -> g.score() + " / " + g.maxScore()).setHeader(getTranslation("col.score")).setFlexGrow(1);
        grid.addColumn(g -> getTranslation("percent", g.percent())).setHeader(getTranslation("col.percent")).setFlexGrow(1);
        grid.addColumn(g -> getTranslation(g.reviewed() ? "grades.reviewed" : "grades.proposed"))
                .setHeader(getTranslation("grades.col.status")).setFlexGrow(2);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(grades.rows());

        add(new H1(getTranslation("grades.title")), new Paragraph(getTranslation("grades.intro")), download, grid);
        expand(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("grades.title") + " · " + getTranslation("app.name");
    }
}
