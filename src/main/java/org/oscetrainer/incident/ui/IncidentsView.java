package org.oscetrainer.incident.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.oscetrainer.common.ui.Formats;
import org.oscetrainer.incident.IncidentKind;
import org.oscetrainer.incident.Incident;
import org.oscetrainer.incident.IncidentService;
import org.oscetrainer.incident.IncidentStatus;
import org.oscetrainer.incident.IncidentTrend;

/** Faculty: AI incident reports from students and examiners, their follow-up, and the weekly trend. */
@Route("incidents")
@Menu(order = 25, title = "nav.incidents")
@RolesAllowed("HANDLE_INCIDENTS")
public class IncidentsView extends VerticalLayout implements HasDynamicTitle {

    private static final int TREND_WEEKS = 8;

    private final IncidentService incidents;
    private final ComboBox<IncidentStatus> status = new ComboBox<>();
    private final Grid<Incident> grid = new Grid<>();
    private final Grid<IncidentTrend> trend = new Grid<>();

    public IncidentsView(IncidentService incidents) {
        this.incidents = incidents;
        addClassName("incidents-view");

        status.setLabel(getTranslation("incidents.filter.status"));
        status.setItems(IncidentStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("incident.status." + s.name()));
        status.setClearButtonVisible(true);
        status.setPlaceholder(getTranslation("incidents.filter.all"));
        status.addClassName("filter-status");
        status.addValueChangeListener(e -> refresh());

        grid.addClassName("incidents");
        grid.addColumn(i -> Formats.dateTime(i.reportedAt(), getLocale())).setHeader(getTranslation("col.date")).setFlexGrow(2);
        grid.addColumn(i -> getTranslation("incident.kind." + i.kind().name())).setHeader(getTranslation("incident.kind"))
                .setFlexGrow(2);
        grid.addColumn(i -> i.stationId() + (i.turnSeq() == null ? "" : " #" + i.turnSeq())
                + (i.turnEngine() == null ? "" : " (" + i.turnEngine() + ")")).setHeader(getTranslation("incidents.col.where"))
                .setFlexGrow(2);
        grid.addColumn(i -> i.turnText() == null ? "—" : getTranslation("quote", i.turnText()))
                .setHeader(getTranslation("incidents.col.reply")).setFlexGrow(4);
        grid.addColumn(i -> i.description().isEmpty() ? "—" : i.description()).setHeader(getTranslation("incident.description"))
                .setFlexGrow(3);
        grid.addColumn(i -> getTranslation("role." + i.reporterRole())).setHeader(getTranslation("incidents.col.by")).setFlexGrow(1);
        grid.addComponentColumn(this::statusCell).setHeader(getTranslation("incidents.col.status")).setFlexGrow(2);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);

        trend.addClassName("incident-trend");
        trend.addColumn(t -> Formats.date(t.weekStart(), getLocale())).setHeader(getTranslation("incidents.col.week"));
        for (IncidentKind kind : IncidentKind.values()) {
            trend.addColumn(t -> t.byKind().get(kind)).setHeader(getTranslation("incident.kind." + kind.name()));
        }
        trend.addColumn(IncidentTrend::total).setHeader(getTranslation("incidents.col.total"));
        trend.setAllRowsVisible(true);
        trend.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);

        add(new H1(getTranslation("incidents.title")), new Paragraph(getTranslation("incidents.intro")), status, grid,
                new H2(getTranslation("incidents.trend.title", TREND_WEEKS)), trend);
        refresh();
    }

    private Span statusCell(Incident i) {
        Span cell = new Span();
        Span label = new Span(getTranslation("incident.status." + i.status().name()));
        label.getElement().getThemeList().add("badge");
        if (i.status() == IncidentStatus.OPEN) {
            label.getElement().getThemeList().add("error");
        } else if (i.status() == IncidentStatus.RESOLVED) {
            label.getElement().getThemeList().add("success");
        }
        Button handle = new Button(getTranslation("incidents.handle"), e -> openHandler(i));
        handle.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        handle.addClassName("handle-incident");
        cell.add(label, new Span(" "), handle);
        if (i.followUp() != null) {
            Paragraph note = new Paragraph(i.followUp());
            note.addClassName("follow-up");
            cell.add(note);
        }
        return cell;
    }

    private void openHandler(Incident i) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("incidents.handle.title", i.id()));
        Select<IncidentStatus> next = new Select<>();
        next.setLabel(getTranslation("incidents.col.status"));
        next.setItems(IncidentStatus.values());
        next.setItemLabelGenerator(s -> getTranslation("incident.status." + s.name()));
        next.setValue(i.status());
        TextArea note = new TextArea(getTranslation("incidents.follow-up"));
        note.setWidthFull();
        note.setValue(i.followUp() == null ? "" : i.followUp());
        note.addClassName("follow-up-note");
        Button save = new Button(getTranslation("incidents.save"), e -> {
            try {
                incidents.handle(i.id(), next.getValue(), note.getValue());
                dialog.close();
                refresh();
            } catch (IllegalArgumentException ex) {
                note.setInvalid(true);
                note.setErrorMessage(getTranslation("incidents.follow-up.required"));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("save-incident");
        dialog.add(new VerticalLayout(next, note));
        dialog.getFooter().add(new Button(getTranslation("incident.cancel"), e -> dialog.close()), save);
        dialog.setWidth("30rem");
        dialog.open();
    }

    private void refresh() {
        grid.setItems(incidents.list(status.getValue()));
        trend.setItems(incidents.weeklyTrend(TREND_WEEKS));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("incidents.title") + " · " + getTranslation("app.name");
    }
}
