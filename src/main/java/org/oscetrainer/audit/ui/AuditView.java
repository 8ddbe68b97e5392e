package org.oscetrainer.audit.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
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
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.oscetrainer.audit.AuditAction;
import org.oscetrainer.audit.AuditFilter;
import org.oscetrainer.audit.AuditProperties;
import org.oscetrainer.audit.AuditRecord;
import org.oscetrainer.audit.AuditService;

/** Admins: the audit log, newest first, filtered by person, action and dates (UTC), and its CSV export. */
@Route("audit")
@Menu(order = 90, title = "nav.audit")
@RolesAllowed("READ_AUDIT")
public class AuditView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    private final AuditService audit;
    private final TextField actor = new TextField();
    private final ComboBox<AuditAction> action = new ComboBox<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Grid<AuditRecord> grid = new Grid<>();
    private final Paragraph count = new Paragraph();

    public AuditView(AuditService audit, AuditProperties properties) {
        this.audit = audit;
        addClassName("audit-view");
        setSizeFull();

        actor.setLabel(getTranslation("audit.filter.actor"));
        actor.setClearButtonVisible(true);
        actor.setValueChangeMode(ValueChangeMode.EAGER);
        actor.addClassName("filter-actor");
        action.setLabel(getTranslation("audit.filter.action"));
        action.setItems(AuditAction.values());
        action.setItemLabelGenerator(a -> getTranslation("audit.action." + a.name()));
        action.setClearButtonVisible(true);
        action.addClassName("filter-action");
        from.setLabel(getTranslation("audit.filter.from"));
        to.setLabel(getTranslation("audit.filter.to"));
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);
        actor.addValueChangeListener(e -> refresh());
        action.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());

        StreamResource csv = new StreamResource("osce-audit-" + LocalDate.now(ZoneOffset.UTC) + ".csv", () -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                audit.writeCsv(filter(), out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new ByteArrayInputStream(out.toByteArray());
        });
        csv.setContentType("text/csv; charset=utf-8");
        Anchor download = new Anchor(csv, "");
        download.getElement().setAttribute("download", true);
        download.add(VaadinIcon.DOWNLOAD.create());
        download.add(getTranslation("audit.download"));
        download.addClassName("download-csv");

        HorizontalLayout filters = new HorizontalLayout(actor, action, from, to, download);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        filters.addClassName("audit-filters");

        count.addClassName("audit-count");
        grid.addClassName("audit-log");
        grid.addColumn(r -> UTC.format(r.at())).setHeader(getTranslation("audit.col.at")).setFlexGrow(2);
        grid.addColumn(AuditRecord::actor).setHeader(getTranslation("audit.col.actor")).setFlexGrow(1);
        grid.addColumn(r -> getTranslation("audit.action." + r.action().name())).setHeader(getTranslation("audit.col.action"))
                .setFlexGrow(2);
        grid.addColumn(r -> r.subjectType() == null ? "" : r.subjectType() + (r.subjectId() == null ? "" : " #" + r.subjectId()))
                .setHeader(getTranslation("audit.col.subject")).setFlexGrow(2);
        grid.addColumn(r -> r.before() == null ? "" : r.before()).setHeader(getTranslation("audit.col.before")).setFlexGrow(2);
        grid.addColumn(r -> r.after() == null ? "" : r.after()).setHeader(getTranslation("audit.col.after")).setFlexGrow(4);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setItems(new CallbackDataProvider<>(
                q -> audit.search(filter(), q.getOffset(), q.getLimit()).stream(),
                q -> (int) Math.min(Integer.MAX_VALUE, audit.count(filter()))));

        add(new H1(getTranslation("audit.title")),
                new Paragraph(getTranslation("audit.intro", properties.retention().toDays())), filters, count, grid);
        expand(grid);
        refresh();
    }

    private AuditFilter filter() {
        String who = actor.getValue() == null || actor.getValue().isBlank() ? null : actor.getValue().strip();
        return new AuditFilter(who, action.getValue(),
                from.getValue() == null ? null : from.getValue().atStartOfDay(ZoneOffset.UTC).toInstant(),
                to.getValue() == null ? null : to.getValue().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        count.setText(getTranslation("audit.count", audit.count(filter())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title") + " · " + getTranslation("app.name");
    }
}
