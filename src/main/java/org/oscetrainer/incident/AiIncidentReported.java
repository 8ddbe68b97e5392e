package org.oscetrainer.incident;

import java.time.Instant;

/**
 * A report about the AI in an encounter, published once the reporter's right to the encounter is
 * checked. The turn's text and engine are copied so the report stands even if the station changes.
 *
 * @param turnSeq the reported turn, or {@code null} for the score or the encounter as a whole
 * @param question the student's question the reported patient turn answered, or {@code null} (an opening
 *     line, the score)
 */
public record AiIncidentReported(long encounterId, String studentUsername, String stationId, Integer turnSeq,
        String turnEngine, String turnText, IncidentKind kind, String description, String reporter,
        String reporterRole, Instant at, String question) {
}
