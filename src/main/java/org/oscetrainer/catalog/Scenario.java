package org.oscetrainer.catalog;

import java.util.List;

/**
 * What the standardized patient may know about a station: the door note, the persona, the facts
 * and the examination findings (with the neutral answer for an examination or test that is not
 * scripted). Never the hidden clinical truth, which stays in the catalog.
 */
public record Scenario(
        String stationId,
        long versionId,
        String title,
        String language,
        int durationMinutes,
        String doorNote,
        Persona patient,
        List<Fact> facts,
        List<Fact> findings,
        String neutralFinding) {

    /** Who the patient is and how they speak. */
    public record Persona(String name, int age, String sex, String occupation, String personality,
            String openingLine, String unknownAnswer, List<String> unprompted) {

        public Persona(String name, int age, String sex, String occupation, String personality, String openingLine,
                String unknownAnswer) {
            this(name, age, sex, occupation, personality, openingLine, unknownAnswer, List.of());
        }
    }

    /**
     * A fact the patient knows (or a finding the examiner gives), with phrasings that elicit it and
     * when it may be said: {@code volunteered}, {@code direct} or {@code specific}.
     */
    public record Fact(String id, String text, List<String> ask, String disclosure) {

        public Fact(String id, String text, List<String> ask) {
            this(id, text, ask, DIRECT);
        }

        public static final String VOLUNTEERED = "volunteered";
        public static final String DIRECT = "direct";
        public static final String SPECIFIC = "specific";
    }
}
