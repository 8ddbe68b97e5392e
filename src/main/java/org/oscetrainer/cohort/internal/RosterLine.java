package org.oscetrainer.cohort.internal;

import org.oscetrainer.cohort.RosterField;

/**
 * One student row as read from the file, each value tidied (spaces collapsed, trimmed; empty when
 * the cell is blank), not checked yet.
 *
 * @param rowNumber the row number as the spreadsheet shows it (for a CSV, the line where the row starts)
 */
public record RosterLine(int rowNumber, String studentNumber, String lastName, String firstName, String email,
        String group) {

    public String value(RosterField field) {
        return switch (field) {
            case STUDENT_NUMBER -> studentNumber;
            case LAST_NAME -> lastName;
            case FIRST_NAME -> firstName;
            case EMAIL -> email;
            case GROUP -> group;
        };
    }
}
