package org.oscetrainer.audit;

/** What the audit log records. */
public enum AuditAction {
    SIGN_IN,
    SIGN_IN_FAILED,
    SCORE_PROPOSED,
    SCORE_OVERRIDDEN,
    SIGNED_OFF,
    RESULTS_RELEASED,
    STATION_PUBLISHED,
    STATION_RETIRED,
    GRADES_EXPORTED,
    AUDIT_EXPORTED,
    COHORT_CREATED,
    ROSTER_IMPORTED
}
