package org.oscetrainer.catalog;

import java.util.List;

/**
 * What a student may see of a station before playing it: the door note, never the answer key.
 *
 * @param skills the skills the station mainly trains, most points first (see {@link StationSkills})
 */
public record StationSummary(String stationId, long versionId, int version, String title, String language,
        String specialty, int durationMinutes, String doorNote, List<Skill> skills) {

    public StationSummary {
        skills = skills == null ? List.of() : List.copyOf(skills);
    }

    /** The door note in its parts (setting, patient, observations, task). */
    public DoorNote doorNoteParts() {
        return DoorNote.parse(doorNote);
    }
}
