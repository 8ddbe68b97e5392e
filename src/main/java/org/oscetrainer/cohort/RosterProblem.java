package org.oscetrainer.cohort;

/**
 * What is wrong with one row of a roster file. Views translate {@code cohort.problem.<kind>} with
 * the field's label, the value and the detail as arguments {0}, {1}, {2}.
 *
 * @param field the column concerned
 * @param value the value as read, or {@code null}
 * @param detail what the kind needs: the other rows, the known groups, the other student, a length or a role
 */
public record RosterProblem(Kind kind, RosterField field, String value, String detail) {

    public enum Kind {
        /** the cell is empty */
        MISSING_FIELD,
        /** the value is longer than the column allows; detail: the maximum */
        TOO_LONG,
        /** not a student number the app can use as a user name */
        BAD_STUDENT_NUMBER,
        /** not an e-mail address */
        BAD_EMAIL,
        /** the same student number is on other rows of the file; detail: those rows */
        DUPLICATE_NUMBER,
        /** the same e-mail is on other rows of the file; detail: those rows */
        DUPLICATE_EMAIL,
        /** the e-mail belongs to another student of the cohort who is not in the file; detail: that student number */
        EMAIL_TAKEN,
        /** the group is not one of the cohort's; detail: the cohort's groups */
        UNKNOWN_GROUP,
        /** the user name belongs to an account that is not a student's; detail: its role */
        ACCOUNT_NOT_STUDENT
    }

    @Override
    public String toString() {
        return kind + " " + field + (value == null ? "" : " '" + value + "'") + (detail == null ? "" : " (" + detail + ")");
    }
}
