package org.oscetrainer.catalog.internal;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/** The YAML layout of a scenario file under {@code scenarios/} (format {@code osce-scenario/1}). */
@JsonNaming(PropertyNamingStrategies.KebabCaseStrategy.class)
public record ScenarioFile(
        String format,
        String id,
        String title,
        String language,
        String specialty,
        Integer durationMinutes,
        String doorNote,
        Patient patient,
        List<FactEntry> facts,
        List<FactEntry> findings,
        Hidden hidden) {

    @JsonNaming(PropertyNamingStrategies.KebabCaseStrategy.class)
    public record Patient(String name, Integer age, String sex, String occupation, String personality,
            String openingLine, String unknownAnswer) {
    }

    @JsonNaming(PropertyNamingStrategies.KebabCaseStrategy.class)
    public record FactEntry(String id, String text, List<String> ask) {
    }

    /** The hidden clinical truth: never in the patient's context, never shown to a student. */
    @JsonNaming(PropertyNamingStrategies.KebabCaseStrategy.class)
    public record Hidden(String diagnosis, List<String> differentials, List<String> redFlags) {
    }
}
