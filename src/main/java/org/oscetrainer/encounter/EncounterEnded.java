package org.oscetrainer.encounter;

/** Published when an encounter ends (by the student or at the deadline); scoring listens. */
public record EncounterEnded(long encounterId, long stationVersionId, String studentUsername) {
}
