package org.oscetrainer.common.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.upload.Upload;

/**
 * The one upload limit of the app (README: 5 MB per file; {@code spring.servlet.multipart.*} in
 * application.yml lets such a file through the servlet), and what a person sees beyond it: the
 * browser refuses the file before sending it, and Vaadin's upload would only announce that to
 * screen readers, so the refusal is also shown as a notification.
 */
public final class Uploads {

    public static final int MAX_BYTES = 5 * 1024 * 1024;

    private Uploads() {
    }

    /** Caps the upload at {@link #MAX_BYTES}; a refused file (too big, wrong type) is told on screen. */
    public static void limit(Upload upload) {
        upload.setMaxFileSize(MAX_BYTES);
        upload.addFileRejectedListener(rejected -> {
            Notification shown = Notification.show(rejected.getErrorMessage() + " (" + rejected.getFileName() + ")",
                    10_000, Notification.Position.MIDDLE);
            shown.addThemeVariants(NotificationVariant.LUMO_ERROR);
            shown.addClassName("upload-rejected");
        });
    }
}
