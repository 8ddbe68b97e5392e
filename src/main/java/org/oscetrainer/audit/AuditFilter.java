package org.oscetrainer.audit;

import java.time.Instant;

/**
 * Which entries to read; every part is optional.
 *
 * @param actor entries by this user (exact user name)
 * @param action entries of this action
 * @param from entries at or after this instant
 * @param to entries before this instant
 */
public record AuditFilter(String actor, AuditAction action, Instant from, Instant to) {

    public static final AuditFilter ALL = new AuditFilter(null, null, null, null);
}
