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

    /**
     * Who the patient is and how they speak; {@code proxyName} is the relative who speaks for the patient (a parent
     * for a child, {@code patient.proxy.name}), or null.
     */
    public record Persona(String name, int age, String sex, String occupation, String personality,
            String openingLine, String unknownAnswer, List<String> unprompted, String proxyName) {

        public Persona(String name, int age, String sex, String occupation, String personality, String openingLine,
                String unknownAnswer) {
            this(name, age, sex, occupation, personality, openingLine, unknownAnswer, List.of());
        }

        public Persona(String name, int age, String sex, String occupation, String personality, String openingLine,
                String unknownAnswer, List<String> unprompted) {
            this(name, age, sex, occupation, personality, openingLine, unknownAnswer, unprompted, null);
        }
    }

    /**
     * A fact the patient knows (or a finding the examiner gives), with phrasings that elicit it and
     * when it may be said: {@code volunteered}, {@code direct} or {@code specific}. A finding has a
     * {@code kind}, {@link #EXAMINATION} or {@link #TEST} (null when unknown, and for a fact): the scripted
     * patient does not answer "I'll feel your tummy" with the abdominal ultrasound.
     */
    public record Fact(String id, String text, List<String> ask, String disclosure, String kind) {

        public Fact(String id, String text, List<String> ask, String disclosure) {
            this(id, text, ask, disclosure, null);
        }

        public Fact(String id, String text, List<String> ask) {
            this(id, text, ask, DIRECT);
        }

        /** A finding of a test (imaging, laboratory, recording), not of the examination by hand, eye or ear. */
        public boolean test() {
            return TEST.equals(kind);
        }

        public static final String EXAMINATION = "examination";
        public static final String TEST = "test";

        public static final String VOLUNTEERED = "volunteered";
        public static final String DIRECT = "direct";
        public static final String SPECIFIC = "specific";
    }
}
