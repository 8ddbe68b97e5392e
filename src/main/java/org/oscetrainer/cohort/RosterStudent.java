package org.oscetrainer.cohort;

/**
 * A student on a cohort's roster.
 *
 * @param studentNumber the university's student number, as the registrar writes it
 * @param username the student's account: the student number in lower case
 * @param email in lower case
 * @param group one of the cohort's groups
 */
public record RosterStudent(String studentNumber, String username, String lastName, String firstName, String email,
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

    /** How the app shows the student, e.g. "Camille MARTIN". */
    public String displayName() {
        return (firstName + " " + lastName.toUpperCase(java.util.Locale.ROOT)).strip();
    }
}
