package org.oscetrainer.common.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;

/**
 * The one upload limit of the app (README: 5 MB per file; {@code spring.servlet.multipart.*} in
 * application.yml lets such a file through the servlet), and what a person sees beyond it: the
 * browser refuses the file before sending it, and Vaadin's upload only announces that to screen
 * readers, so the refusal is also written on the page, beside the upload.
 */
public final class Uploads {

    public static final int MAX_BYTES = 5 * 1024 * 1024;

    private Uploads() {
    }

    /**
     * Caps the upload at {@link #MAX_BYTES}. Returns the line, to place beside the upload, where a
     * refused file (too big, wrong type, one too many) is told: the upload's own translated message
     * and the file's name. Written in the browser as the file is refused, with no round trip.
     */
    public static Span limit(Upload upload) {
        upload.setMaxFileSize(MAX_BYTES);
        Span refusal = new Span();
        refusal.addClassName("upload-refusal");
        refusal.getElement().setAttribute("role", "alert");
        refusal.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
        upload.getElement().executeJs("const line = $0; this.addEventListener('file-reject', e => {"
                + " line.textContent = e.detail.error + ' (' + e.detail.file.name + ')'; });"
                + " this.addEventListener('upload-start', () => { line.textContent = ''; });", refusal.getElement());
        return refusal;
    }
}
