package org.oscetrainer.export;

import java.time.Instant;

/** One encounter's grade: who, which station, when, the score out of the maximum. */
public record GradeRow(long encounterId, String studentUsername, String studentName, String stationId,
        String stationTitle, Instant date, int score, int maxScore, double percent, String scorer) {
}
