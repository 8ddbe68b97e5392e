package org.oscetrainer.cohort.internal;

import java.util.List;
import org.oscetrainer.cohort.RosterFileProblem;

/**
 * A roster file read: its student rows, or why it could not be read.
 *
 * @param ignoredColumns header titles that are none of the roster's fields
 */
public record RosterSheet(RosterFileProblem problem, List<RosterLine> lines, List<String> ignoredColumns) {

    public RosterSheet {
        lines = List.copyOf(lines);
        ignoredColumns = List.copyOf(ignoredColumns);
    }

    static RosterSheet failed(RosterFileProblem problem) {
        return new RosterSheet(problem, List.of(), List.of());
    }
}
