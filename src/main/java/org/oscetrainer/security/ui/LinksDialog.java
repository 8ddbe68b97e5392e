package org.oscetrainer.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.StreamResource;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.oscetrainer.security.SetPasswordLink;
import org.oscetrainer.security.SetPasswordLinks;

/** Set-password links just created: shown once, with a CSV to download (the app keeps only their hashes). */
class LinksDialog extends Dialog {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    LinksDialog(List<SetPasswordLink> links) {
        addClassName("links-dialog");
        setHeaderTitle(getTranslation("accounts.links.title", links.size()));
        setWidth("min(64em, 95vw)");
        long emailed = links.stream().filter(l -> l.emailedTo() != null).count();
        Paragraph intro = new Paragraph(getTranslation("accounts.links.intro", emailed, links.size()));
        Grid<SetPasswordLink> grid = new Grid<>();
        grid.addClassName("links-grid");
        grid.addColumn(SetPasswordLink::displayName).setHeader(getTranslation("accounts.col.name")).setAutoWidth(true);
        grid.addColumn(SetPasswordLink::username).setHeader(getTranslation("accounts.col.username")).setAutoWidth(true);
        grid.addComponentColumn(l -> {
            com.vaadin.flow.component.html.Span url = new com.vaadin.flow.component.html.Span(l.url());
            url.addClassName("link-url");
            return url;
        }).setHeader(getTranslation("accounts.links.col.link")).setFlexGrow(3);
        grid.addColumn(l -> UTC.format(l.expiresAt()) + " UTC").setHeader(getTranslation("accounts.links.col.until"))
                .setAutoWidth(true);
        grid.addColumn(l -> l.emailedTo() == null ? "—" : l.emailedTo()).setHeader(getTranslation("accounts.links.col.emailed"))
                .setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setItems(links);
        grid.setAllRowsVisible(links.size() <= 8);

        String csv = SetPasswordLinks.csv(links);
        StreamResource file = new StreamResource("set-password-links.csv",
                () -> new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
        file.setContentType("text/csv; charset=utf-8");
        Anchor download = new Anchor(file, "");
        download.getElement().setAttribute("download", true);
        download.add(VaadinIcon.DOWNLOAD.create(), new com.vaadin.flow.component.html.Span(getTranslation("accounts.links.download")));
        download.addClassName("download-links");
        add(intro, grid);
        getFooter().add(download, new Button(getTranslation("accounts.close"), e -> close()));
    }
}
