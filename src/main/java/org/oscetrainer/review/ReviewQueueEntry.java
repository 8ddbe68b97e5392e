package org.oscetrainer.review;

import java.time.Instant;

/** One ended encounter in the examiner's queue; the score fields are {@code null} until scored. */
public record ReviewQueueEntry(long encounterId, String studentUsername, String studentName, String stationTitle,
        Instant endedAt, String endReason, Integer score, Integer maxScore) {
}
