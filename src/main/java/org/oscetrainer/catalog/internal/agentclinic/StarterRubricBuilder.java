package org.oscetrainer.catalog.internal.agentclinic;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.oscetrainer.catalog.internal.RubricFile;
import org.oscetrainer.catalog.internal.RubricFile.GlobalRating;
import org.oscetrainer.catalog.internal.RubricFile.ItemEntry;
import org.oscetrainer.catalog.internal.RubricFile.Level;
import org.oscetrainer.catalog.internal.RubricFile.NoteEntry;

/**
 * The starter rubric of an imported station: one item per topic (history, examination sections,
 * test sections), a 1–5 global rating with 3 as borderline, and a post-encounter note asking for a
 * summary, the differential (expected: the source's diagnosis) and a plan. Faculty complete it.
 */
final class StarterRubricBuilder {

    private static final Pattern BRACKET = Pattern.compile("\\(([^)]+)\\)");
    private static final List<Level> SCALE = List.of(new Level(1, "Clear fail"), new Level(2, "Fail"),
            new Level(3, "Borderline"), new Level(4, "Pass"), new Level(5, "Good pass"));

    RubricFile build(String stationId, List<RubricTopic> topics, AgentClinicCase c, Demographics who) {
        IdRegistry ids = new IdRegistry();
        List<ItemEntry> items = new ArrayList<>();
        for (RubricTopic t : topics) {
            items.add(new ItemEntry(ids.unique(t.id()), t.label(), t.category(), 1, null, null, null, t.facts(),
                    t.evidence(), null, null));
        }
        return new RubricFile("osce-rubric/2", stationId, items, new GlobalRating(SCALE, 3),
                List.of(summary(c, who), differential(c), plan(topics)));
    }

    private static NoteEntry summary(AgentClinicCase c, Demographics who) {
        SymptomWording primary = new SymptomWording(c.primarySymptom() == null ? "new symptoms" : c.primarySymptom());
        List<String> expected = new ArrayList<>();
        expected.add(SourceText.capitalize(who.describe()) + " with " + primary.phrase());
        c.secondarySymptoms().stream().map(SymptomWording::new).map(w -> (w.negative() ? "no " : "") + w.head())
                .forEach(expected::add);
        String evidence = String.join(" ", SourceText.contentWords(primary.shortForm(), 3));
        return new NoteEntry("summary", "Summarise the case in two sentences.", expected, 2,
                evidence.isBlank() ? null : List.of(evidence));
    }

    private static NoteEntry differential(AgentClinicCase c) {
        String diagnosis = c.diagnosis();
        List<String> evidence = new ArrayList<>();
        String plain = diagnosis.replaceAll("\\([^)]*\\)", " ").replaceAll("\\s+", " ").strip();
        evidence.add(plain.isEmpty() ? diagnosis : plain);
        var bracket = BRACKET.matcher(diagnosis);
        while (bracket.find()) {
            evidence.add(bracket.group(1).strip());
        }
        return new NoteEntry("differential", "What is the most likely diagnosis, and what else would you consider?",
                List.of(diagnosis), 2, evidence);
    }

    private static NoteEntry plan(List<RubricTopic> topics) {
        List<String> tests = topics.stream().filter(t -> "clinical-reasoning".equals(t.category()))
                .map(t -> t.label().replaceFirst("^Requests ", "")).toList();
        List<String> expected = tests.isEmpty() ? List.of("Investigations that confirm the working diagnosis") : tests;
        return new NoteEntry("plan", "Which investigations would you request, and what would you do next?", expected, 2,
                tests.isEmpty() ? null : tests.subList(0, Math.min(5, tests.size())));
    }
}
