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

    /** One scored attempt: the signed-off score when there is one, else the AI's proposal. */
    public record Attempt(long encounterId, Instant startedAt, int total, int max, double percent, boolean reviewed) {
    }
}
