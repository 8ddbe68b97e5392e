package org.oscetrainer.examsession;

import java.time.Instant;
import java.util.List;

/** What faculty fill in to schedule a session. */
public record ExamSessionDraft(String name, long cohortId, ExamMode mode, Instant opensAt, Instant closesAt,
        List<Station> stations) {

    /** A station version of the circuit and its duration in minutes. */
    public record Station(long stationVersionId, int durationMinutes) {
    }
}
