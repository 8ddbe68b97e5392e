package org.oscetrainer.cohort;

/** An import refused because the file, checked again when importing, has problems; nothing was written. */
public class RosterRejectedException extends IllegalStateException {

    private final transient RosterPreview preview;

    public RosterRejectedException(RosterPreview preview) {
        super("The roster has problems (" + preview.errors() + " row(s) in error"
                + (preview.fileProblem() == null ? "" : ", " + preview.fileProblem()) + "): nothing was imported");
        this.preview = preview;
    }

    /** The file checked again against the roster as it is now. */
    public RosterPreview preview() {
        return preview;
    }
}
