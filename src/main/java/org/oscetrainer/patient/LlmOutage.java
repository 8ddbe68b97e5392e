package org.oscetrainer.patient;

import java.time.Duration;
import java.time.Instant;

/**
 * A period when the LLM patient failed and the scripted engine answered in its place.
 *
 * @param startedAt the first failed reply
 * @param endedAt the first reply the LLM gave again, or {@code null} while it lasts
 * @param reason why the first reply failed
 * @param failedReplies replies the scripted engine answered during the outage
 */
public record LlmOutage(long id, Instant startedAt, Instant endedAt, String reason, int failedReplies) {

    /** How long it lasted, or has lasted until {@code now}. */
    public Duration duration(Instant now) {
        return Duration.between(startedAt, endedAt == null ? now : endedAt);
    }

    public boolean overlaps(Instant from, Instant to) {
        return !startedAt.isAfter(to) && (endedAt == null || !endedAt.isBefore(from));
    }
}
