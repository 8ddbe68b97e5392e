package org.oscetrainer.catalog;

import java.util.List;

/**
 * The answer key of a station: checklist items with points, and the post-encounter note's items.
 * Never shown to students.
 */
public record Rubric(String stationId, long versionId, List<Item> items, List<NoteItem> noteItems) {

    public Rubric(String stationId, long versionId, List<Item> items) {
        this(stationId, versionId, items, List.of());
    }

    /**
     * A question of the post-encounter note; {@code evidence} lists phrasings whose presence in the
     * student's answer earns it, {@code expected} what a good answer says (for examiners).
     */
    public record NoteItem(String id, String question, int points, List<String> expected, List<String> evidence) {
    }

    /**
     * One checklist item; {@code evidence} lists phrasings whose presence in a student turn earns it;
     * {@code critical} items matter most; {@code goodPractice} says what doing it well looks like
     * (the rubric's "done" descriptor), or is {@code null}.
     */
    public record Item(String id, String label, String category, int points, List<String> evidence, boolean critical,
            String goodPractice) {

        public Item(String id, String label, String category, int points, List<String> evidence) {
            this(id, label, category, points, evidence, false, null);
        }
    }

    public int maxPoints() {
        return items.stream().mapToInt(Item::points).sum();
    }
}
