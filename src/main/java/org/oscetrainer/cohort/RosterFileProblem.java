package org.oscetrainer.cohort;

import java.util.List;

/**
 * Why a roster file cannot be read at all. Views translate {@code cohort.file.<kind>} with the
 * missing columns' labels and the detail as arguments {0}, {1}.
 *
 * @param columns the required columns not found (for {@link Kind#MISSING_COLUMNS}), or the repeated one
 * @param detail a limit, a column title, or what the reader said
 */
public record RosterFileProblem(Kind kind, List<RosterField> columns, String detail) {

    public enum Kind {
        /** not an XLSX, XLS or CSV file */
        UNSUPPORTED_TYPE,
        /** the spreadsheet could not be opened (corrupt, encrypted, not really a spreadsheet) */
        UNREADABLE,
        /** larger than the limit; detail: the limit in MB */
        TOO_BIG,
        /** more student rows than the limit; detail: the limit */
        TOO_MANY_ROWS,
        /** no header row with the required columns; columns: those missing */
        MISSING_COLUMNS,
        /** two columns of the header mean the same field; detail: the second title */
        DUPLICATE_COLUMN,
        /** a header but no student rows */
        NO_ROWS
    }

    public RosterFileProblem {
        columns = List.copyOf(columns);
    }

    public static RosterFileProblem of(Kind kind, String detail) {
        return new RosterFileProblem(kind, List.of(), detail);
    }

    @Override
    public String toString() {
        return kind + (columns.isEmpty() ? "" : " " + columns) + (detail == null ? "" : " (" + detail + ")");
    }
}
