package org.oscetrainer.cohort;

import java.util.List;
import org.springframework.stereotype.Service;

/** PLACEHOLDER until the cohort branch lands. */
@Service
public class CohortService {

    public List<CohortSummary> cohorts() {
        throw new UnsupportedOperationException();
    }

    public CohortSummary cohort(long cohortId) {
        throw new UnsupportedOperationException();
    }

    public List<RosterStudent> roster(long cohortId) {
        throw new UnsupportedOperationException();
    }

    public boolean isMember(long cohortId, String username) {
        throw new UnsupportedOperationException();
    }

    public List<Long> myCohorts() {
        throw new UnsupportedOperationException();
    }
}
