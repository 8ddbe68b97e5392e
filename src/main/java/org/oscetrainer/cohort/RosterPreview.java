package org.oscetrainer.cohort;

import java.util.Comparator;
import java.util.List;

/**
 * What importing a roster file would do, computed without writing anything.
 *
 * @param fileProblem why the file cannot be read at all, or {@code null}
 * @param rows every student row, in file order
 * @param notInFile students on the roster whom the file does not list (an import leaves them as they are)
 * @param ignoredColumns header titles the import does not use
 */
public record RosterPreview(long cohortId, String fileName, RosterFileProblem fileProblem, List<RosterRow> rows,
        List<RosterStudent> notInFile, List<String> ignoredColumns) {

    public RosterPreview {
        rows = List.copyOf(rows);
        notInFile = List.copyOf(notInFile);
        ignoredColumns = List.copyOf(ignoredColumns);
    }

    static RosterPreview unreadable(long cohortId, String fileName, RosterFileProblem problem) {
        return new RosterPreview(cohortId, fileName, problem, List.of(), List.of(), List.of());
    }

    public long count(RosterRow.Status status) {
        return rows.stream().filter(r -> r.status() == status).count();
    }

    public long errors() {
        return count(RosterRow.Status.ERROR);
    }

    /** Whether {@link RosterImport#commit} will accept it: a readable file with rows and no row in error. */
    public boolean importable() {
        return fileProblem == null && !rows.isEmpty() && errors() == 0;
    }

    /** Rows in error first, then updates, then new and unchanged rows, each in file order. */
    public List<RosterRow> problemsFirst() {
        return rows.stream().sorted(Comparator.comparingInt((RosterRow r) -> switch (r.status()) {
            case ERROR -> 0;
            case UPDATE -> 1;
            case NEW -> 2;
            case UNCHANGED -> 3;
        }).thenComparingInt(RosterRow::rowNumber)).toList();
    }
}
