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
            checks.add("format", "rubric.format", r.format());
        }
        checks.require("station", r.station(), "station");
        if (r.items() == null || r.items().isEmpty()) {
            checks.add("items", "items.empty");
        } else {
            Set<String> ids = new HashSet<>();
            for (int i = 0; i < r.items().size(); i++) {
                item("items[" + i + "]", r.items().get(i), ids);
            }
        }
        if (r.globalRating() != null) {
            globalRating();
        } else if (v2) {
            checks.add("items", "global-rating.missing");
        }
        if (r.note() != null) {
            Set<String> ids = new HashSet<>();
            for (int i = 0; i < r.note().size(); i++) {
                var n = r.note().get(i);
                String at = "note[" + i + "]";
                if (n.id() == null || n.id().isBlank()) {
                    checks.add(at, "note.id", at);
                } else if (!ids.add(n.id())) {
                    checks.add(at + ".id", "note.duplicate", at, n.id());
                }
                checks.require(at + ".question", n.question(), "question");
                if (n.points() == null || n.points() < 1) {
                    checks.add(at, "note.points", at, n.points());
                }
                if (n.expected() == null || n.expected().isEmpty()) {
                    checks.add(at, "note.expected", at);
                }
                if (n.wrong() != null) {
                    evidence(at + ".wrong", n.wrong());
                }
            }
        }
    }

    private void item(String at, RubricFile.ItemEntry item, Set<String> ids) {
        if (item.id() == null || item.id().isBlank()) {
            checks.add(at, "item.id", at);
        } else if (!ids.add(item.id())) {
            checks.add(at + ".id", "item.duplicate", at, item.id());
        }
        checks.require(at + ".label", item.label(), "label");
        if (item.category() != null && !CATEGORIES.contains(item.category())) {
            checks.add(at + ".category", "category", at, item.category(), String.join(", ", CATEGORIES.stream().sorted().toList()));
        }
        if (item.points() == null || item.points() < 1) {
            checks.add(at + (item.points() == null ? "" : ".points"), "points", at, item.points());
        } else if (item.partialPoints() != null && (item.partialPoints() < 0 || item.partialPoints() >= item.points())) {
            checks.add(at + ".partial-points", "partial-points", at, item.partialPoints(), item.points() - 1);
        }
        List<String> evidence = item.evidence();
        boolean parts = item.parts() != null && !item.parts().isEmpty();
        if ((evidence == null || evidence.isEmpty()) && !parts) {
            checks.add(at, "evidence.empty", at);
        } else if (evidence != null) {
            evidence(at + ".evidence", evidence);
        }
        if (item.wrong() != null) {
            evidence(at + ".wrong", item.wrong());
        }
        if (parts && item.parts().size() < 2) {
            checks.add(at + ".parts", "parts.one", at);
        }
        for (int j = 0; parts && j < item.parts().size(); j++) {
            var part = item.parts().get(j);
            String partAt = at + ".parts[" + j + "]";
            if (part == null || part.name() == null || part.name().isBlank()) {
                checks.add(partAt, "part.name", partAt);
            }
            if (part == null || part.evidence() == null || part.evidence().isEmpty()) {
                checks.add(partAt, "evidence.empty", partAt);
            } else {
                evidence(partAt + ".evidence", part.evidence());
            }
        }
    }

    private void evidence(String at, List<String> evidence) {
        for (int j = 0; j < evidence.size(); j++) {
            if (Words.stems(evidence.get(j)).isEmpty()) {
                checks.add(at + "[" + j + "]", "evidence.meaningless", at + "[" + j + "]", evidence.get(j));
            }
        }
    }

    private void globalRating() {
        var g = r.globalRating();
        if (g.scale() == null || g.scale().size() < 2) {
            checks.add("global-rating", "scale.short");
            return;
        }
        Set<Integer> values = new HashSet<>();
        for (int i = 0; i < g.scale().size(); i++) {
            var level = g.scale().get(i);
            if (level.value() == null || !values.add(level.value())) {
                checks.add("global-rating.scale[" + i + "]", "scale.value", "global-rating.scale[" + i + "]");
            }
            checks.require("global-rating.scale[" + i + "].label", level.label(), "level-label");
        }
        if (g.borderline() == null || !values.contains(g.borderline())) {
            checks.add("global-rating.borderline", "borderline", g.borderline(), values);
        }
    }
}
