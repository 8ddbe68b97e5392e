package org.oscetrainer.analytics;

import java.time.Instant;
import java.util.List;

/**
 * One student's performance across stations and over time, for faculty.
 *
 * @param attempts every scored attempt, oldest first
 * @param stations per station, the student's latest percentage against the cohort's mean in the same session
 */
public record StudentProfile(String username, String displayName, List<Attempt> attempts, List<StationLine> stations) {

    /** A scored attempt: the signed-off score where there is one, else the AI's proposal. */
    public record Attempt(long encounterId, Instant startedAt, String stationId, String stationTitle,
            String sessionName, double percent, boolean reviewed) {
    }

    /** The student's percentage at a station of a session, against the session's mean there. */
    public record StationLine(String sessionName, String stationId, String stationTitle, double percent,
            double cohortMeanPercent, boolean passed) {
    }
}
