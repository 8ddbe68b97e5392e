package org.oscetrainer.audit;

import java.time.Instant;

/** One entry of the audit log, as admins read it. {@code at} is UTC. */
public record AuditRecord(long id, Instant at, String actor, AuditAction action, String subjectType, String subjectId,
        String before, String after) {
}
