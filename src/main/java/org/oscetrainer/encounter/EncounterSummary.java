package org.oscetrainer.encounter;

import java.time.Instant;

/** An encounter's header: who, which station version, the server deadline, how it ended. */
public record EncounterSummary(long id, String studentUsername, String stationId, long stationVersionId,
        String stationTitle, Instant startedAt, Instant deadlineAt, Instant endedAt, String endReason, String engine) {

    public boolean ended() {
        return endedAt != null;
    }
}
