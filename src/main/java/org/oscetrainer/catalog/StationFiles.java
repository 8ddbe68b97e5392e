package org.oscetrainer.catalog;

import java.util.List;
import java.util.Optional;
import org.oscetrainer.catalog.internal.RubricFile;
import org.oscetrainer.catalog.internal.ScenarioFile;
import org.oscetrainer.catalog.internal.StationFileParser;

/** Turns scenario sources into what the patient engines use, for tools that work on files directly. */
public final class StationFiles {

    private StationFiles() {
    }

    /** The scenario in {@code source}, or empty when it has problems (see {@link StationValidator}). */
    public static Optional<Scenario> scenario(String file, String source) {
        var parsed = new StationFileParser().parseScenario(file, source);
        return parsed.ok() ? Optional.of(toScenario(parsed.value(), 0)) : Optional.empty();
    }

    /** The hidden diagnosis in the scenario {@code source}, for the patient's guardrails; NONE when it has problems. */
    public static HiddenDiagnosis hiddenDiagnosis(String file, String source) {
        var parsed = new StationFileParser().parseScenario(file, source);
        return parsed.ok() ? toHiddenDiagnosis(parsed.value()) : HiddenDiagnosis.NONE;
    }

    static HiddenDiagnosis toHiddenDiagnosis(ScenarioFile s) {
        return s.hidden() == null ? HiddenDiagnosis.NONE
                : new HiddenDiagnosis(s.hidden().diagnosis(), s.hidden().aliases(),
                        s.hidden().differentials() == null ? List.of() : s.hidden().differentials().stream()
                                .filter(d -> d != null && d.name() != null)
                                .map(d -> new HiddenDiagnosis.Differential(d.name(), d.aliases())).toList(),
                        Boolean.TRUE.equals(s.hidden().disclosedByStudent()));
    }

    /** The rubric in {@code source}, or empty when it has problems. */
    public static Optional<Rubric> rubric(String file, String source) {
        var parsed = new StationFileParser().parseRubric(file, source);
        return parsed.ok() ? Optional.of(toRubric(parsed.value(), 0)) : Optional.empty();
    }

    /**
     * The rubric in {@code source} read with its scenario {@code scenarioSource}: each item carries what the patient
     * says when it is asked (the texts of the facts it names), for the grader to see what a question drew out.
     */
    public static Optional<Rubric> rubric(String file, String source, String scenarioFile, String scenarioSource) {
        var parser = new StationFileParser();
        var parsed = parser.parseRubric(file, source);
        var scenario = parser.parseScenario(scenarioFile, scenarioSource);
        return parsed.ok() ? Optional.of(toRubric(parsed.value(), scenario.ok() ? scenario.value() : null, 0)) : Optional.empty();
    }

    static Rubric toRubric(RubricFile r, long versionId) {
        return toRubric(r, null, versionId);
    }

    /** {@code scenario} (or null) gives each item the texts of the facts it names. */
    static Rubric toRubric(RubricFile r, ScenarioFile scenario, long versionId) {
        java.util.Map<String, String> texts = new java.util.HashMap<>();
        if (scenario != null && scenario.facts() != null) {
            // a fact without text (a draft's) says nothing: an item naming it has no answers, as for an unknown fact
            scenario.facts().stream().filter(f -> f != null && f.id() != null && f.text() != null && !f.text().isBlank())
                    .forEach(f -> texts.put(f.id(), f.text()));
        }
        return new Rubric(r.station(), versionId, r.items().stream()
                .map(i -> new Rubric.Item(i.id(), i.label(), i.category(), i.points(), evidence(i),
                        Boolean.TRUE.equals(i.critical()), i.descriptors() == null ? null : i.descriptors().done(), parts(i),
                        i.partialPoints(), i.wrong(), answers(i, texts)))
                .toList(),
                r.note() == null ? List.of() : r.note().stream()
                        .map(n -> new Rubric.NoteItem(n.id(), n.question(), n.points() == null ? 1 : n.points(),
                                n.expected() == null ? List.of() : List.copyOf(n.expected()),
                                n.evidence() == null ? List.of() : List.copyOf(n.evidence()), n.wrong()))
                        .toList(),
                ratingScale(r.globalRating()));
    }

    /** What the patient says when the item is asked: every fact it names, or none when one of them is unknown. */
    private static List<String> answers(RubricFile.ItemEntry i, java.util.Map<String, String> texts) {
        if (i.facts() == null || i.facts().isEmpty() || !i.facts().stream().allMatch(texts::containsKey)) {
            return List.of();
        }
        return i.facts().stream().map(texts::get).toList();
    }

    /** An item's phrasings: its own {@code evidence} and those of its parts, each once. */
    private static List<String> evidence(RubricFile.ItemEntry i) {
        java.util.LinkedHashSet<String> all = new java.util.LinkedHashSet<>(i.evidence() == null ? List.of() : i.evidence());
        parts(i).forEach(p -> all.addAll(p.evidence()));
        return List.copyOf(all);
    }

    private static List<Rubric.Part> parts(RubricFile.ItemEntry i) {
        return i.parts() == null ? List.of() : i.parts().stream()
                .filter(p -> p != null && p.evidence() != null)
                .map(p -> new Rubric.Part(p.name(), p.evidence())).toList();
    }

    /** The rubric's global rating scale; the default one when it defines none (the validator checks it). */
    private static Rubric.RatingScale ratingScale(RubricFile.GlobalRating g) {
        if (g == null || g.scale() == null || g.scale().isEmpty() || g.borderline() == null) {
            return Rubric.RatingScale.DEFAULT;
        }
        return new Rubric.RatingScale(g.scale().stream().filter(l -> l != null && l.value() != null)
                .map(l -> new Rubric.Level(l.value(), l.label() == null ? String.valueOf(l.value()) : l.label()))
                .sorted(java.util.Comparator.comparingInt(Rubric.Level::value)).toList(), g.borderline());
    }

    static Scenario toScenario(ScenarioFile s, long versionId) {
        var p = s.patient();
        return new Scenario(s.id(), versionId, s.title(), s.language(), s.durationMinutes(), s.doorNote(),
                new Scenario.Persona(p.name(), p.age() == null ? 0 : p.age(), p.sex(), p.occupation(),
                        p.personality(), p.openingLine(), p.unknownAnswer(),
                        p.unprompted() == null ? List.of() : List.copyOf(p.unprompted()),
                        p.proxy() == null ? null : p.proxy().name()),
                s.facts().stream().map(f -> new Scenario.Fact(f.id(), f.text(), List.copyOf(f.ask()),
                        f.disclosure() == null ? Scenario.Fact.DIRECT : f.disclosure())).toList(),
                s.findings() == null ? List.of()
                        : s.findings().stream().map(f -> new Scenario.Fact(f.id(), f.text(), List.copyOf(f.ask()),
                                Scenario.Fact.DIRECT, f.kind())).toList(),
                s.neutralFinding());
    }
}
