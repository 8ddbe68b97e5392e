package org.oscetrainer.cohort;

public record RosterStudent(String studentNumber, String username, String lastName, String firstName, String email,
        String group) {
}
