package org.oscetrainer.cohort;

/** A cohort that cannot be created as asked; {@link #reason()} says why (views translate it). */
public class InvalidCohortException extends IllegalArgumentException {

    /** Why a cohort was refused. */
    public enum Reason {
        NAME_REQUIRED, NAME_TOO_LONG, NAME_TAKEN, YEAR_OUT_OF_RANGE, GROUPS_REQUIRED, GROUP_TOO_LONG, TOO_MANY_GROUPS
    }

    private final Reason reason;

    public InvalidCohortException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
