package org.oscetrainer.catalog.internal;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/** The YAML layout of a rubric file under {@code rubrics/} (format {@code osce-rubric/1}). */
@JsonNaming(PropertyNamingStrategies.KebabCaseStrategy.class)
public record RubricFile(String format, String station, List<ItemEntry> items) {

    @JsonNaming(PropertyNamingStrategies.KebabCaseStrategy.class)
    public record ItemEntry(String id, String label, String category, Integer points, List<String> evidence) {
    }
}
