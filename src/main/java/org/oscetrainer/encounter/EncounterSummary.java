package org.oscetrainer.encounter;

import java.time.Duration;
import java.time.Instant;

/**
 * An encounter's header: who, which station version, the server deadline, how it ended.
 *
 * @param examSessionId the exam session it was played in, {@code null} for free practice
 * @param extraTime the student's extra time included in the deadline ({@link Duration#ZERO} for none)
 */
public record EncounterSummary(long id, String studentUsername, String stationId, long stationVersionId,
        String stationTitle, Instant startedAt, Instant deadlineAt, Instant endedAt, String endReason, String engine,
        Long examSessionId, Duration extraTime) {

    /** Whether the time limit was longer than the standard one (a student's extra time). */
    public boolean hasExtraTime() {
        return extraTime != null && !extraTime.isZero();
    }

    public boolean ended() {
        return endedAt != null;
    }
}
