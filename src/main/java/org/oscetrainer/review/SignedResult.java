package org.oscetrainer.review;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An encounter's signed-off first marking, for analytics and exports (staff only): the examiner, their
 * global rating, the points decided per item, and the items they changed from the AI's proposal.
 */
public record SignedResult(long encounterId, String examiner, Instant signedAt, int globalRating, int total, int max,
        Map<String, Integer> points, List<Change> changes) {

    /** An item the examiner scored differently from the AI (with their reason). */
    public record Change(String itemId, int aiPoints, int points, String reason, Instant decidedAt) {
    }
}
