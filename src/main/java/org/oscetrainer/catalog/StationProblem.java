package org.oscetrainer.catalog;

/**
 * One thing wrong in a station file: where (file, line, column; 0 when unknown), what, and how to fix it.
 */
public record StationProblem(String file, int line, int column, String message, String fix) {

    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line + ":" + column : "") + ": " + message + (fix == null ? "" : " — " + fix);
    }
}
