package org.oscetrainer.catalog.internal;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/** The YAML layout of a rubric file under {@code rubrics/} (formats {@code osce-rubric/1} and {@code /2}). */
@JsonNaming(PropertyNamingStrategies.KebabCaseStrategy.class)
public record RubricFile(String format, String station, List<ItemEntry> items, GlobalRating globalRating,
        List<NoteEntry> note) {

    @JsonNaming(PropertyNamingStrategies.KebabCaseStrategy.class)
    public record ItemEntry(String id, String label, String category, Integer points, Integer partialPoints,
            Boolean critical, Descriptors descriptors, List<String> facts, List<String> evidence, List<PartEntry> parts, List<String> wrong) {
    }

    /** One of the things an item names, with the phrasings that say it was done ({@code parts:}). */
    @JsonNaming(PropertyNamingStrategies.KebabCaseStrategy.class)
    public record PartEntry(String name, List<String> evidence) {
    }

    @JsonNaming(PropertyNamingStrategies.KebabCaseStrategy.class)
    public record Descriptors(String done, String partly, String notDone) {
    }

    @JsonNaming(PropertyNamingStrategies.KebabCaseStrategy.class)
    public record GlobalRating(List<Level> scale, Integer borderline) {
    }

    @JsonNaming(PropertyNamingStrategies.KebabCaseStrategy.class)
    public record Level(Integer value, String label) {
    }

    @JsonNaming(PropertyNamingStrategies.KebabCaseStrategy.class)
    public record NoteEntry(String id, String question, List<String> expected, Integer points, List<String> evidence,
            List<String> wrong) {

        public NoteEntry(String id, String question, List<String> expected, Integer points, List<String> evidence) {
            this(id, question, expected, points, evidence, null);
        }
    }
}
