package org.oscetrainer.catalog.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.oscetrainer.common.Words;

/** The rules a rubric file must follow beyond its YAML shape (see docs/station-format.md). */
final class RubricChecks {

    static final Set<String> FORMATS = Set.of("osce-rubric/1", "osce-rubric/2");
    static final Set<String> CATEGORIES = Set.of("history", "examination", "communication", "clinical-reasoning",
            "management", "professionalism");

    private final RubricFile r;
    private final StationFileParser.Checks checks;

    RubricChecks(RubricFile r, StationFileParser.Checks checks) {
        this.r = r;
        this.checks = checks;
    }

    void run() {
        boolean v2 = "osce-rubric/2".equals(r.format());
        if (!FORMATS.contains(r.format())) {
            checks.add("format", "'format' is '" + r.format() + "'", "write 'format: osce-rubric/2'");
        }
        checks.require("station", r.station(), "write the id of the scenario this rubric scores");
        if (r.items() == null || r.items().isEmpty()) {
            checks.add("items", "'items' is empty", "list at least one checklist item");
        } else {
            Set<String> ids = new HashSet<>();
            for (int i = 0; i < r.items().size(); i++) {
                item("items[" + i + "]", r.items().get(i), ids);
            }
        }
        if (r.globalRating() != null) {
            globalRating();
        } else if (v2) {
            checks.add("items", "'global-rating' is missing", "add the examiner's global rating scale (see docs/station-format.md)");
        }
        if (r.note() != null) {
            Set<String> ids = new HashSet<>();
            for (int i = 0; i < r.note().size(); i++) {
                var n = r.note().get(i);
                String at = "note[" + i + "]";
                if (n.id() == null || n.id().isBlank()) {
                    checks.add(at, at + ".id is missing", "e.g. summary, differential or plan");
                } else if (!ids.add(n.id())) {
                    checks.add(at + ".id", at + ".id '" + n.id() + "' is used twice", "note question ids must be unique");
                }
                checks.require(at + ".question", n.question(), "write the question the student answers after the encounter");
                if (n.points() == null || n.points() < 1) {
                    checks.add(at, at + ".points is " + n.points(), "write a whole number of at least 1");
                }
                if (n.expected() == null || n.expected().isEmpty()) {
                    checks.add(at, at + ".expected is empty", "list what a good answer contains");
                }
            }
        }
    }

    private void item(String at, RubricFile.ItemEntry item, Set<String> ids) {
        if (item.id() == null || item.id().isBlank()) {
            checks.add(at, at + ".id is missing", "give the item an id unique in the rubric");
        } else if (!ids.add(item.id())) {
            checks.add(at + ".id", at + ".id '" + item.id() + "' is used twice", "item ids must be unique");
        }
        checks.require(at + ".label", item.label(), "write what the student is expected to do");
        if (item.category() != null && !CATEGORIES.contains(item.category())) {
            checks.add(at + ".category", at + ".category is '" + item.category() + "'",
                    "write one of " + String.join(", ", CATEGORIES.stream().sorted().toList()));
        }
        if (item.points() == null || item.points() < 1) {
            checks.add(at + (item.points() == null ? "" : ".points"), at + ".points is " + item.points(),
                    "write a whole number of at least 1");
        } else if (item.partialPoints() != null && (item.partialPoints() < 0 || item.partialPoints() >= item.points())) {
            checks.add(at + ".partial-points", at + ".partial-points is " + item.partialPoints(),
                    "partly done earns fewer points than done: 0 to " + (item.points() - 1));
        }
        List<String> evidence = item.evidence();
        if (evidence == null || evidence.isEmpty()) {
            checks.add(at, at + ".evidence is empty", "list the phrasings of a student's question that earn the item");
        } else {
            for (int j = 0; j < evidence.size(); j++) {
                if (Words.stems(evidence.get(j)).isEmpty()) {
                    checks.add(at + ".evidence[" + j + "]", at + ".evidence[" + j + "] '" + evidence.get(j)
                            + "' has no meaningful word", "use the distinctive words, e.g. 'smoke'");
                }
            }
        }
    }

    private void globalRating() {
        var g = r.globalRating();
        if (g.scale() == null || g.scale().size() < 2) {
            checks.add("global-rating", "global-rating.scale has fewer than two levels", "list the levels, e.g. 1 to 5");
            return;
        }
        Set<Integer> values = new HashSet<>();
        for (int i = 0; i < g.scale().size(); i++) {
            var level = g.scale().get(i);
            if (level.value() == null || !values.add(level.value())) {
                checks.add("global-rating.scale[" + i + "]", "global-rating.scale[" + i + "].value is missing or repeated",
                        "give each level its own number");
            }
            checks.require("global-rating.scale[" + i + "].label", level.label(), "name the level, e.g. Borderline");
        }
        if (g.borderline() == null || !values.contains(g.borderline())) {
            checks.add("global-rating.borderline", "global-rating.borderline is " + g.borderline(),
                    "write the value of the borderline level, one of " + values);
        }
    }
}
