package org.oscetrainer.examsession;

/** A student may not start this station of this session now; {@link #reason()} says why. */
public class AdmissionRefusedException extends RuntimeException {

    /** Why, also the key of the message shown ({@code session.refused.<reason>}). */
    public enum Reason {
        NOT_IN_COHORT, NOT_OPEN_YET, CLOSED, NOT_IN_CIRCUIT, ALREADY_SAT, UNDER_EXAM
    }

    private final Reason reason;

    public AdmissionRefusedException(Reason reason) {
        super("Cannot start this station now: " + reason);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
