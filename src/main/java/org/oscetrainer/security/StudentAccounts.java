package org.oscetrainer.security;

/** What {@link AccountService#ensureStudentAccounts} did: accounts created, and display names changed. */
public record StudentAccounts(int created, int renamed) {
}
