package org.oscetrainer.security;

/**
 * What a person may do in the app. Views and services check capabilities, never role names; which
 * role holds which capability is said once, in {@link Role}. A capability is carried as a Spring
 * authority {@code ROLE_} plus its name, so that both Vaadin's {@code @RolesAllowed} on views (it
 * asks {@code request.isUserInRole}) and {@code hasRole('…')} / {@code hasAnyRole('…')} in services'
 * {@code @PreAuthorize} read it: {@code @RolesAllowed("MARK")} means "may mark". The background
 * system is not a role and holds no capability: services that it calls say {@code 'SYSTEM'} next to
 * the capability ({@link SystemIdentity}). See docs/decisions/014-roles-and-capabilities.md.
 */
public enum Capability {
    /** Play stations, write the post-encounter note, see one's own sessions and results. */
    PLAY_STATIONS,
    /** Mark encounters and sign them off (first or second marker). */
    MARK,
    /** Read any student's encounters, scores and reviews, the review queue and the markers' agreement. */
    READ_REVIEWS,
    /** Read analytics: the overview, a session's figures, a student's profile. */
    READ_ANALYTICS,
    /** Write and publish stations in the library. */
    AUTHOR_STATIONS,
    /** Create cohorts and import their rosters. */
    MANAGE_COHORTS,
    /** Schedule, close and release exam sessions; stop their AI scoring. */
    RUN_EXAM_SESSIONS,
    /** Download grade workbooks and Moodle files. */
    EXPORT_GRADES,
    /** Read and settle the AI incidents that people report. */
    HANDLE_INCIDENTS,
    /** List student accounts and hand out their set-password links. */
    MANAGE_STUDENT_ACCOUNTS,
    /** Every account: create staff, give roles, disable, reset passwords. */
    ADMINISTER_ACCOUNTS,
    /** Read the audit log. */
    READ_AUDIT,
    /** Read the Prometheus metrics over HTTP Basic (from an address not otherwise allowed). */
    READ_METRICS;

    /** The Spring authority that carries it. */
    public String authority() {
        return "ROLE_" + name();
    }
}
