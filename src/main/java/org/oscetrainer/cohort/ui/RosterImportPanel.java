package org.oscetrainer.cohort.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.InputStream;
import java.util.List;
import org.oscetrainer.common.ui.Uploads;
import org.oscetrainer.cohort.CohortSummary;
import org.oscetrainer.cohort.RosterImport;
import org.oscetrainer.cohort.RosterImported;
import org.oscetrainer.cohort.RosterPreview;
import org.oscetrainer.cohort.RosterRejectedException;

/**
 * The roster import: upload a file, read what importing it would do (nothing is written yet), then
 * import it, which is possible only when no row is in error.
 */
class RosterImportPanel extends VerticalLayout {

    private final CohortSummary cohort;
    private final RosterImport imports;
    private final Runnable onImported;
    private final Upload upload;
    private final Div report = new Div();

    RosterImportPanel(CohortSummary cohort, RosterImport imports, Runnable onImported) {
        this.cohort = cohort;
        this.imports = imports;
        this.onImported = onImported;
        addClassName("roster-import");
        setPadding(false);
        setWidthFull();

        // read and check the file in the upload request (signed in, without the session lock), then show the result
        upload = new Upload((UploadHandler) event -> {
            byte[] bytes;
            try (InputStream in = event.getInputStream()) {
                bytes = in.readNBytes(RosterImport.MAX_BYTES + 1);
            }
            RosterPreview preview = imports.preview(cohort.id(), event.getFileName(), bytes);
            UI ui = event.getUI();
            ui.access(() -> show(preview));
        });
        upload.setMaxFiles(1);
        Span refusal = Uploads.limit(upload);
        upload.setAcceptedFileTypes(".xlsx", ".xls", ".csv");
        upload.setDropLabel(new Span(getTranslation("cohort.upload.drop")));
        upload.setI18n(i18n());
        upload.addClassName("roster-upload");
        report.addClassName("roster-report");
        Paragraph help = new Paragraph(getTranslation("cohort.import.help", RosterImport.MAX_BYTES / (1024 * 1024),
                RosterImport.MAX_ROWS));
        help.addClassName("import-help");
        add(help, upload, refusal, report);
    }

    private void show(RosterPreview preview) {
        upload.clearFileList();
        report.removeAll();
        RosterReport view = new RosterReport(preview);
        report.add(view);
        if (preview.fileProblem() != null) {
            return;
        }
        Button importButton = new Button(preview.importable() ? getTranslation("cohort.import.button", preview.rows().size())
                : getTranslation("cohort.import.button.blocked"), e -> commit(preview));
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.addClassName("import-roster");
        importButton.setEnabled(preview.importable());
        importButton.setDisableOnClick(true);
        Button cancel = new Button(getTranslation("cohort.import.cancel"), e -> report.removeAll());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        cancel.addClassName("cancel-import");
        Div actions = new Div(importButton, cancel);
        actions.addClassName("import-actions");
        report.add(actions);
    }

    private void commit(RosterPreview preview) {
        try {
            RosterImported done = imports.commit(cohort.id(), preview);
            report.removeAll();
            Notification.show(getTranslation("cohort.imported", done.added(), done.updated(), done.unchanged(),
                    done.accountsCreated(), done.after()), 8000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            onImported.run();
        } catch (RosterRejectedException e) {
            show(e.preview());
            Notification.show(getTranslation("cohort.import.rejected"), 8000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private UploadI18N i18n() {
        UploadI18N i18n = new UploadI18N();
        String add = getTranslation("cohort.upload.add");
        String drop = getTranslation("cohort.upload.drop");
        String error = getTranslation("cohort.upload.error");
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(add).setMany(add));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(drop).setMany(drop));
        i18n.setError(new UploadI18N.Error().setTooManyFiles(error)
                .setFileIsTooBig(getTranslation("cohort.upload.too-big", RosterImport.MAX_BYTES / (1024 * 1024)))
                .setIncorrectFileType(getTranslation("cohort.upload.wrong-type")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting("…").setStalled("…").setProcessing("…").setHeld("…"))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime().setPrefix("").setUnknown(""))
                .setError(new UploadI18N.Uploading.Error().setServerUnavailable(error).setUnexpectedServerError(error)
                        .setForbidden(error)));
        i18n.setUnits(new UploadI18N.Units().setSize(List.of("B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB")));
        return i18n;
    }
}
