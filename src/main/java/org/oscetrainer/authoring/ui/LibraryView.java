package org.oscetrainer.authoring.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.nio.charset.StandardCharsets;
import org.oscetrainer.common.ui.Uploads;
import org.oscetrainer.catalog.StationAuthoringService;
import org.oscetrainer.catalog.StationAuthoringService.StationRow;
import org.oscetrainer.common.ui.Formats;

/** Faculty: every station with search and filters, new stations, and station files uploaded as drafts. */
@Route("library")
@Menu(order = 15, title = "nav.library")
@RolesAllowed("AUTHOR_STATIONS")
public class LibraryView extends VerticalLayout implements HasDynamicTitle {

    private static final String ALL = "";

    private final StationAuthoringService authoring;
    private final Grid<StationRow> grid = new Grid<>();
    private final TextField search = new TextField();
    private final Select<String> language = new Select<>();
    private final Select<String> status = new Select<>();
    private final Div uploadReport = new Div();

    public LibraryView(StationAuthoringService authoring) {
        this.authoring = authoring;
        addClassName("library-view");
        setSizeFull();

        search.setPlaceholder(getTranslation("library.search"));
        search.setAriaLabel(getTranslation("library.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        language.setLabel(getTranslation("library.language"));
        language.setItems(ALL, "fr", "en");
        language.setItemLabelGenerator(v -> v.isEmpty() ? getTranslation("library.all") : v.toUpperCase());
        language.setValue(ALL);
        language.addValueChangeListener(e -> refresh());
        status.setLabel(getTranslation("library.status"));
        status.setItems(ALL, "PUBLISHED", "DRAFT", "RETIRED");
        status.setItemLabelGenerator(v -> v.isEmpty() ? getTranslation("library.all") : getTranslation("status." + v));
        status.setValue(ALL);
        status.addValueChangeListener(e -> refresh());
        Button create = new Button(getTranslation("library.new"), e -> getUI().ifPresent(ui -> ui.navigate("library/station")));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout filters = new HorizontalLayout(search, language, status, create);
        filters.setAlignItems(Alignment.BASELINE);
        filters.setWidthFull();
        filters.expand(search);

        grid.addClassName("library");
        grid.addColumn(StationRow::title).setHeader(getTranslation("col.station")).setSortable(true).setFlexGrow(4);
        grid.addColumn(StationRow::stationId).setHeader(getTranslation("col.id")).setSortable(true).setFlexGrow(2);
        grid.addColumn(r -> r.language().toUpperCase()).setHeader(getTranslation("library.language")).setFlexGrow(0).setWidth("7em");
        grid.addColumn(r -> "v" + r.latestVersion()).setHeader(getTranslation("col.version")).setFlexGrow(0).setWidth("6em");
        grid.addComponentColumn(r -> badge(r.latestStatus())).setHeader(getTranslation("library.status")).setFlexGrow(1);
        grid.addColumn(r -> Formats.dateTime(r.updatedAt(), getLocale())).setHeader(getTranslation("col.updated")).setFlexGrow(2);
        grid.addComponentColumn(r -> new Anchor("library/station/" + r.stationId(), getTranslation("library.open")))
                .setHeader(getTranslation("col.action")).setFlexGrow(1);

        add(new H1(getTranslation("library.title")), new Paragraph(getTranslation("library.intro")), filters, grid,
                uploadArea());
        expand(grid);
        refresh();
    }

    private Span badge(String value) {
        Span badge = new Span(getTranslation("status." + value));
        badge.getElement().getThemeList().add("badge");
        if ("PUBLISHED".equals(value)) {
            badge.getElement().getThemeList().add("success");
        } else if ("RETIRED".equals(value)) {
            badge.getElement().getThemeList().add("contrast");
        }
        return badge;
    }

    private Div uploadArea() {
        UploadedStations uploaded = new UploadedStations();
        UI ui = UI.getCurrent();
        // one callback per file with its own bytes: a scenario and its rubric share a file name
        Upload upload = new Upload(UploadHandler.inMemory((metadata, data) -> ui.access(() ->
                uploaded.add(metadata.fileName(), new String(data, StandardCharsets.UTF_8)))));
        upload.setAcceptedFileTypes(".yaml", ".yml", ".json", ".jsonl");
        Span refusal = Uploads.limit(upload);
        upload.setDropLabel(new Span(getTranslation("library.upload.drop")));
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("library.upload.add"))
                .setMany(getTranslation("library.upload.add")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("library.upload.drop"))
                .setMany(getTranslation("library.upload.drop")));
        i18n.setError(new UploadI18N.Error().setTooManyFiles(getTranslation("library.upload.error"))
                .setFileIsTooBig(getTranslation("library.upload.too-big"))
                .setIncorrectFileType(getTranslation("library.upload.wrong-type")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting("…").setStalled("…").setProcessing("…").setHeld("…"))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime().setPrefix("").setUnknown(""))
                .setError(new UploadI18N.Uploading.Error().setServerUnavailable(getTranslation("library.upload.error"))
                        .setUnexpectedServerError(getTranslation("library.upload.error"))
                        .setForbidden(getTranslation("library.upload.error"))));
        i18n.setUnits(new UploadI18N.Units().setSize(java.util.List.of("B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB")));
        upload.setI18n(i18n);
        upload.addAllFinishedListener(e -> {
            report(uploaded.saveAll(authoring, getLocale()));
            refresh();
        });
        Div area = new Div(new Span(getTranslation("library.upload")), upload, refusal, uploadReport);
        area.addClassName("upload-area");
        return area;
    }

    /** Adds a batch's lines to the report (one upload may finish in several batches). */
    private void report(java.util.List<UploadedStations.Line> lines) {
        UnorderedList list = new UnorderedList();
        lines.forEach(l -> list.add(new ListItem(getTranslation(l.key(), l.args()))));
        uploadReport.add(list);
    }

    private void refresh() {
        grid.setItems(authoring.library(search.getValue(), emptyToNull(language.getValue()), emptyToNull(status.getValue())));
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("library.title") + " · " + getTranslation("app.name");
    }
}
