package org.oscetrainer.export;

import java.io.IOException;
import java.io.OutputStream;

/** A session's grade file, read and audited, ready to be written to the response. */
public record SessionExport(String fileName, String contentType, Writer writer) {

    /** Writes the file; needs no signed-in user (the data were read when the export was prepared). */
    @FunctionalInterface
    public interface Writer {
        void write(OutputStream out) throws IOException;
    }
}
