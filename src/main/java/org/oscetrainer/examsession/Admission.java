package org.oscetrainer.examsession;

import java.time.Instant;

/**
 * Leave for a student to start a station of a session now: its duration, capped by the session's close.
 * A student's extra time is added by the encounter module (see {@code encounter.TimeLimits}).
 */
public record Admission(long sessionId, long cohortId, ExamMode mode, String stationId, int durationMinutes,
        Instant closesAt) {

    /** The standard deadline if it starts at {@code start}: the station's time, never past the session's close. */
    public Instant deadline(Instant start) {
        Instant end = start.plusSeconds(60L * durationMinutes);
        return end.isAfter(closesAt) ? closesAt : end;
    }
}
