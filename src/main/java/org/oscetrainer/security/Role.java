package org.oscetrainer.security;

/** What a person does in the app. Spring authorities are {@code ROLE_} plus the name. */
public enum Role {
    STUDENT, EXAMINER, FACULTY, ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}
