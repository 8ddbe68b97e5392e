package org.oscetrainer.review;

/** An encounter of a session that the signed-in examiner still has to mark, as marker 1 or 2. */
public record MarkingTask(long encounterId, String stationId, String stationTitle, String studentName, int marker) {
}
