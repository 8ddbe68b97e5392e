package org.oscetrainer.cohort;

import org.oscetrainer.common.NotFound;

/** No cohort has this id. */
public class UnknownCohortException extends IllegalArgumentException implements NotFound {

    public UnknownCohortException(long cohortId) {
        super("No cohort #" + cohortId);
    }

    @Override
    public String messageKey() {
        return "error.cohort.unknown";
    }
}
