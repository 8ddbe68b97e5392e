package org.oscetrainer.cohort;

/** No cohort has this id. */
public class UnknownCohortException extends IllegalArgumentException {

    public UnknownCohortException(long cohortId) {
        super("No cohort #" + cohortId);
    }
}
