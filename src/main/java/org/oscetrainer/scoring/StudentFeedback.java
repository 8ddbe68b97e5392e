package org.oscetrainer.scoring;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What the student learns from an encounter beyond the points: which items were critical, what
 * doing each item well looks like, and their attempts at the same station over time.
 *
 * @param advice by item id, what doing the item well looks like (items without advice are absent)
 * @param critical ids of the station's critical items
 * @param attempts the student's scored attempts at this station, oldest first (this one included)
 */
public record StudentFeedback(Map<String, String> advice, List<String> critical, List<Attempt> attempts) {

    /**
     * The attempts that can be compared with this one, oldest first: scored on the same version of
     * the station's rubric and out of the same points (an attempt scored before its note was written,
     * or on an earlier rubric, is out of other points: its percentage measures something else).
     */
    public List<Attempt> comparableWith(long encounterId) {
        return attempts.stream().filter(a -> a.encounterId() == encounterId).findFirst()
                .map(current -> attempts.stream().filter(current::comparableWith).toList())
                .orElse(List.of());
    }

    /**
     * One scored attempt: the signed-off score when there is one, else the AI's proposal.
     *
     * @param stationVersionId the version of the station (and so of its rubric) it was played on
     */
    public record Attempt(long encounterId, Instant startedAt, long stationVersionId, int total, int max,
            double percent, boolean reviewed) {

        /** Scored on the same rubric, out of the same points. */
        public boolean comparableWith(Attempt other) {
            return stationVersionId == other.stationVersionId && max == other.max;
        }
    }
}
