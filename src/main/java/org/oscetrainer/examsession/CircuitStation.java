package org.oscetrainer.examsession;

/** A station of a session's circuit: the exact station version every student plays, and its duration. */
public record CircuitStation(int position, String stationId, long stationVersionId, String title, int durationMinutes) {
}
