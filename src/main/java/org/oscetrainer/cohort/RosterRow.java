package org.oscetrainer.cohort;

import java.util.Arrays;
import java.util.List;

/**
 * One student row of a roster file, checked against the cohort.
 *
 * @param rowNumber the row as the spreadsheet shows it (the header is usually row 1)
 * @param student the values read, tidied (spaces, e-mail in lower case, the group as the cohort spells it)
 * @param previous the student as the roster has them now, or {@code null} when new
 * @param problems empty unless {@code status} is {@link Status#ERROR}
 */
public record RosterRow(int rowNumber, RosterStudent student, Status status, RosterStudent previous,
        List<RosterProblem> problems) {

    public enum Status {
        NEW, UPDATE, UNCHANGED, ERROR
    }

    public RosterRow {
        problems = List.copyOf(problems);
    }

    /** For an update, the fields that change. */
    public List<RosterField> changes() {
        if (previous == null || status == Status.ERROR) {
            return List.of();
        }
        return Arrays.stream(RosterField.values()).filter(f -> !previous.value(f).equals(student.value(f))).toList();
    }
}
