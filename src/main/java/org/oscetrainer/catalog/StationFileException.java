package org.oscetrainer.catalog;

import java.nio.file.Path;

/** A scenario or rubric file that cannot be used, with the file and a message an author can act on. */
public class StationFileException extends RuntimeException {

    private final transient Path file;

    public StationFileException(Path file, String problem) {
        super(file + ": " + problem);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
