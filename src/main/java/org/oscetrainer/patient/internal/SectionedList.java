package org.oscetrainer.patient.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.BiConsumer;

/**
 * Reads a word list of {@code src/main/resources/patient/} laid out in sections: a line {@code [name]} opens a
 * section, blank lines and lines starting with {@code #} are skipped, every other line goes to the reader with
 * the section it stands in (a line before any section has the section {@code ""}).
 */
final class SectionedList {

    private SectionedList() {
    }

    static void read(String resource, BiConsumer<String, String> line) {
        try (InputStream in = SectionedList.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the class path");
            }
            String section = "";
            for (String text : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                if (text.isBlank() || text.startsWith("#")) {
                    continue;
                }
                if (text.startsWith("[")) {
                    section = text.strip();
                    continue;
                }
                line.accept(section, text);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
