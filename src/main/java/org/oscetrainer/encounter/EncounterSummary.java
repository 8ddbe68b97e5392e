package org.oscetrainer.encounter;

import java.time.Instant;

/**
 * An encounter's header: who, which station version, the server deadline, how it ended.
 *
 * @param examSessionId the exam session it was played in, {@code null} for free practice
 */
public record EncounterSummary(long id, String studentUsername, String stationId, long stationVersionId,
        String stationTitle, Instant startedAt, Instant deadlineAt, Instant endedAt, String endReason, String engine,
        Long examSessionId) {

    public boolean ended() {
        return endedAt != null;
    }
}
