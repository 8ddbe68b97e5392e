package org.oscetrainer.export;

import org.oscetrainer.analytics.SessionResults.Student;

/**
 * How people appear in a session workbook: by student number and name, or, pseudonymised, by
 * pseudonym only (no name, e-mail, student number or username anywhere).
 */
final class Identities {

    private final Pseudonymiser pseudonymiser;

    /** @param pseudonymiser {@code null} for a named workbook */
    Identities(Pseudonymiser pseudonymiser) {
        this.pseudonymiser = pseudonymiser;
    }

    boolean named() {
        return pseudonymiser == null;
    }

    /**
     * The student number, or the pseudonym of the student number. A student without a number (a
     * demo account) is pseudonymised from the username instead.
     */
    String student(Student student) {
        if (named()) {
            return student.studentNumber();
        }
        boolean hasNumber = student.studentNumber() != null && !student.studentNumber().isBlank();
        return pseudonymiser.student(hasNumber ? student.studentNumber() : "username:" + student.username());
    }

    String examiner(String username) {
        return named() || username == null ? username : pseudonymiser.examiner(username);
    }
}
