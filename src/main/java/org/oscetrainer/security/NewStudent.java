package org.oscetrainer.security;

/** A student of an imported roster, for {@link AccountService#ensureStudentAccounts}; {@code email} may be null. */
public record NewStudent(String username, String displayName, String email) {
}
