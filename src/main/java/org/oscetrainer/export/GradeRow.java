package org.oscetrainer.export;

import java.time.Instant;

/**
 * One encounter's grade: who, which station, when, the score out of the maximum.
 *
 * @param reviewed whether an examiner signed the score off (then it is the final score); otherwise it
 *     is the AI's proposal, not yet reviewed
 * @param scorer the AI grader that proposed the score
 */
public record GradeRow(long encounterId, String studentUsername, String studentName, String stationId,
        String stationTitle, Instant date, int score, int maxScore, double percent, boolean reviewed, String scorer) {
}
