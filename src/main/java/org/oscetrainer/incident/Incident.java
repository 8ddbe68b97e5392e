package org.oscetrainer.incident;

import java.time.Instant;

/** A report as faculty read it. */
public record Incident(long id, Instant reportedAt, String reporter, String reporterRole, long encounterId,
        String studentUsername, String stationId, Integer turnSeq, String turnEngine, String turnText, IncidentKind kind,
        String description, IncidentStatus status, String followUp, String handledBy, Instant handledAt) {
}
