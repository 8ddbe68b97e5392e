package org.oscetrainer.review;

import java.time.Instant;

/**
 * One ended encounter in the examiner's queue. The AI fields are {@code null} until scored, the
 * final ones until signed off; {@code disagreement} when any examiner decided other points than the AI;
 * {@code examSessionId} {@code null} for free practice.
 */
public record ReviewQueueEntry(long encounterId, String studentUsername, String studentName, String stationTitle,
        Instant endedAt, String endReason, Integer score, Integer maxScore, ReviewStatus status, Integer finalScore,
        Integer finalMax, boolean disagreement, Long examSessionId) {
}
