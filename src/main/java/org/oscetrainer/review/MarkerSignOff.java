package org.oscetrainer.review;

import java.time.Instant;

/** A marker's signed-off review of an encounter. */
public record MarkerSignOff(int marker, String examiner, String examinerName, GlobalRating globalRating, int total,
        int max, Instant signedAt) {
}
