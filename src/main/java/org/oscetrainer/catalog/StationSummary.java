package org.oscetrainer.catalog;

/** What a student may see of a station before playing it: the door note, never the answer key. */
public record StationSummary(String stationId, long versionId, int version, String title, String language,
        String specialty, int durationMinutes, String doorNote) {
}
