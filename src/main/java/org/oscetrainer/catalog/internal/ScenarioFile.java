package org.oscetrainer.catalog.internal;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/** The YAML layout of a scenario file under {@code scenarios/} (formats {@code osce-scenario/1}, {@code /2} and {@code /3}). */
@JsonNaming(PropertyNamingStrategies.KebabCaseStrategy.class)
public record ScenarioFile(
        String format,
        String id,
        String title,
        String language,
        String specialty,
        String level,
        Integer durationMinutes,
        String doorNote,
        R2c r2c,
        List<String> authors,
        List<String> reviewers,
        String licence,
        Integer revision,
        Patient patient,
        List<FactEntry> facts,
        List<FindingEntry> findings,
        String neutralFinding,
        Hidden hidden,
        List<String> references) {

    /** A scenario without {@code references} (the guidance it follows), as formats 1 and 2 and importers write it. */
    public ScenarioFile(String format, String id, String title, String language, String specialty, String level,
            Integer durationMinutes, String doorNote, R2c r2c, List<String> authors, List<String> reviewers,
            String licence, Integer revision, Patient patient, List<FactEntry> facts, List<FindingEntry> findings,
            String neutralFinding, Hidden hidden) {
        this(format, id, title, language, specialty, level, durationMinutes, doorNote, r2c, authors, reviewers, licence,
                revision, patient, facts, findings, neutralFinding, hidden, null);
    }

    /** References to the French curriculum (R2C): starting situations and learning objectives. */
    @JsonNaming(PropertyNamingStrategies.KebabCaseStrategy.class)
    public record R2c(List<String> situations, List<String> objectives) {
    }

    @JsonNaming(PropertyNamingStrategies.KebabCaseStrategy.class)
    public record Patient(String name, Integer age, String sex, String occupation, String personality,
            String emotionalState, String speech, String openingLine, List<String> unprompted, String unknownAnswer,
            String challenge, Proxy proxy) {
    }

    /** The relative who speaks for the patient (a parent for a child). */
    @JsonNaming(PropertyNamingStrategies.KebabCaseStrategy.class)
    public record Proxy(String name, String relation) {
    }

    @JsonNaming(PropertyNamingStrategies.KebabCaseStrategy.class)
    public record FactEntry(String id, String text, String disclosure, List<String> ask) {
    }

    @JsonNaming(PropertyNamingStrategies.KebabCaseStrategy.class)
    public record FindingEntry(String id, String kind, String text, List<String> ask) {
    }

    /** The hidden clinical truth: never in the patient's context, never shown to a student before feedback. */
    @JsonNaming(PropertyNamingStrategies.KebabCaseStrategy.class)
    public record Hidden(String diagnosis, List<String> aliases, List<Differential> differentials,
            List<String> redFlags, Boolean disclosedByStudent) {

        public Hidden(String diagnosis, List<Differential> differentials, List<String> redFlags) {
            this(diagnosis, null, differentials, redFlags, null);
        }
    }

    /**
     * A differential diagnosis: a plain name (formats 1 and 2) or, from format 3, a name with its aliases
     * (abbreviations, lay words, translations) that the patient must not say either.
     */
    public record Differential(String name, List<String> aliases) {

        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        public static Differential named(String name) {
            return new Differential(name, null);
        }

        @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
        public static Differential of(@JsonProperty("name") String name,
                @JsonProperty("aliases") List<String> aliases) {
            return new Differential(name, aliases);
        }
    }
}
