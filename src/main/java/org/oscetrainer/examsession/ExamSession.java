package org.oscetrainer.examsession;

import java.time.Instant;
import java.util.List;

/**
 * An exam session: a circuit of stations for a cohort within a time window.
 *
 * @param releasedAt when faculty released the results (exam mode), {@code null} before
 * @param aiScoringStopped whether faculty stopped AI scoring: examiners then score every item themselves
 */
public record ExamSession(long id, String name, long cohortId, String cohortName, ExamMode mode, Instant opensAt,
        Instant closesAt, ExamSessionStatus status, Instant releasedAt, boolean aiScoringStopped,
        List<CircuitStation> stations) {

    public boolean released() {
        return releasedAt != null;
    }

    /** Whether a student may see the scores of this session's encounters now. */
    public boolean resultsVisible() {
        return mode == ExamMode.PRACTICE || released();
    }
}
