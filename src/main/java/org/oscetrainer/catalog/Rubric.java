package org.oscetrainer.catalog;

import java.util.List;

/** The answer key of a station: checklist items with points. Never shown to students. */
public record Rubric(String stationId, long versionId, List<Item> items) {

    /** One checklist item; {@code evidence} lists phrasings whose presence in a student turn earns it. */
    public record Item(String id, String label, String category, int points, List<String> evidence) {
    }

    public int maxPoints() {
        return items.stream().mapToInt(Item::points).sum();
    }
}
