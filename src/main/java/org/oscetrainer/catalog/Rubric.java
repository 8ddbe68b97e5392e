package org.oscetrainer.catalog;

import java.util.List;

/**
 * The answer key of a station: checklist items with points, and the post-encounter note's items.
 * Never shown to students.
 */
public record Rubric(String stationId, long versionId, List<Item> items, List<NoteItem> noteItems,
        RatingScale ratingScale) {

    public Rubric {
        ratingScale = ratingScale == null ? RatingScale.DEFAULT : ratingScale;
    }

    public Rubric(String stationId, long versionId, List<Item> items, List<NoteItem> noteItems) {
        this(stationId, versionId, items, noteItems, RatingScale.DEFAULT);
    }

    public Rubric(String stationId, long versionId, List<Item> items) {
        this(stationId, versionId, items, List.of());
    }

    /**
     * The examiner's global rating scale of the station, as its rubric file defines it
     * ({@code global-rating}), with the level read as borderline by borderline regression.
     */
    public record RatingScale(List<Level> levels, int borderline) {

        /** The scale of a rubric that defines none: the usual 5 levels, 3 borderline. */
        public static final RatingScale DEFAULT = new RatingScale(List.of(new Level(1, "Clear fail"),
                new Level(2, "Fail"), new Level(3, "Borderline"), new Level(4, "Pass"), new Level(5, "Good pass")), 3);

        public RatingScale {
            levels = List.copyOf(levels);
        }

        /** The level of {@code value}, or an exception naming the scale when it has none. */
        public Level level(int value) {
            return levels.stream().filter(l -> l.value() == value).findFirst().orElseThrow(() ->
                    new IllegalArgumentException("A global rating on this station is one of "
                            + levels.stream().map(l -> String.valueOf(l.value())).toList() + ", not " + value));
        }
    }

    /** One level of a global rating scale: its value and the rubric's own label for it. */
    public record Level(int value, String label) {
    }

    /**
     * A question of the post-encounter note; {@code evidence} lists phrasings whose presence in the
     * student's answer earns it, {@code expected} what a good answer says (for examiners).
     */
    public record NoteItem(String id, String question, int points, List<String> expected, List<String> evidence,
            List<String> wrong) {

        public NoteItem {
            wrong = wrong == null ? List.of() : List.copyOf(wrong);
        }

        public NoteItem(String id, String question, int points, List<String> expected, List<String> evidence) {
            this(id, question, points, expected, evidence, List.of());
        }
    }

    /**
     * One checklist item; {@code evidence} lists phrasings whose presence in a student turn earns it;
     * {@code critical} items matter most; {@code goodPractice} says what doing it well looks like
     * (the rubric's "done" descriptor), or is {@code null}. {@code parts} are the things the item names
     * when its author wrote them out ({@code parts:}; empty otherwise): the item is done when every
     * part is, and partly done ({@code partialPoints}, or {@code null} when the rubric gives none) when
     * only some are. {@code evidence} then holds every part's phrasings too. {@code wrong} lists what a
     * wrong or unsafe answer says ({@code wrong:}): said as the student's own statement, not denied, it
     * costs the item a point. {@code answers} are what the patient says when the item is asked: the texts of the
     * scenario's facts the item names ({@code facts:}), when the rubric was read with its scenario; empty otherwise.
     */
    public record Item(String id, String label, String category, int points, List<String> evidence, boolean critical,
            String goodPractice, List<Part> parts, Integer partialPoints, List<String> wrong, List<String> answers) {

        public Item {
            parts = parts == null ? List.of() : List.copyOf(parts);
            wrong = wrong == null ? List.of() : List.copyOf(wrong);
            answers = answers == null ? List.of() : List.copyOf(answers);
        }

        public Item(String id, String label, String category, int points, List<String> evidence, boolean critical,
                String goodPractice, List<Part> parts, Integer partialPoints, List<String> wrong) {
            this(id, label, category, points, evidence, critical, goodPractice, parts, partialPoints, wrong, List.of());
        }

        public Item(String id, String label, String category, int points, List<String> evidence, boolean critical,
                String goodPractice, List<Part> parts, Integer partialPoints) {
            this(id, label, category, points, evidence, critical, goodPractice, parts, partialPoints, List.of());
        }

        public Item(String id, String label, String category, int points, List<String> evidence, boolean critical,
                String goodPractice) {
            this(id, label, category, points, evidence, critical, goodPractice, List.of(), null);
        }

        public Item(String id, String label, String category, int points, List<String> evidence) {
            this(id, label, category, points, evidence, false, null);
        }
    }

    /** One thing an item names ("smoking" of "Asks about smoking and alcohol") and the phrasings that say it. */
    public record Part(String name, List<String> evidence) {

        public Part {
            evidence = List.copyOf(evidence);
        }
    }

    public int maxPoints() {
        return items.stream().mapToInt(Item::points).sum();
    }
}
