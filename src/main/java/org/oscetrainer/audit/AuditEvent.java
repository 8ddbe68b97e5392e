package org.oscetrainer.audit;

/**
 * Something to write in the audit log, published as an application event by the module where it
 * happens, in the transaction that makes it happen (if that rolls back, so does the entry).
 *
 * @param actor who did it; {@code null} for the signed-in user (or the system for background jobs)
 * @param action what was done, one of {@link AuditAction}
 * @param subjectType what it was done to, e.g. {@code encounter}, {@code station-version}
 * @param subjectId which one, or {@code null}
 * @param before the value before, or {@code null}
 * @param after the value after, or {@code null}
 */
public record AuditEvent(String actor, AuditAction action, String subjectType, String subjectId, String before,
        String after) {

    /** An action of the signed-in user (or of the system in a background job). */
    public static AuditEvent of(AuditAction action, String subjectType, Object subjectId, String before, String after) {
        return new AuditEvent(null, action, subjectType, subjectId == null ? null : subjectId.toString(), before, after);
    }
}
