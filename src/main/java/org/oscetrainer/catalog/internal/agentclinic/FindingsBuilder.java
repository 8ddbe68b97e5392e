package org.oscetrainer.catalog.internal.agentclinic;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the examination findings and test results into the scenario's findings, and each top-level
 * section into a starter rubric topic: examination sections are asked for (examination), test
 * sections are requested (clinical reasoning).
 */
final class FindingsBuilder {

    private final StationDraft draft;
    private final FindingsFlattener flattener = new FindingsFlattener();

    FindingsBuilder(StationDraft draft) {
        this.draft = draft;
    }

    void add(JsonNode tree, String kind) {
        Map<String, List<String>> bySection = new LinkedHashMap<>();
        for (var f : flattener.flatten(tree)) {
            String idBase = SourceText.kebab(String.join(" ", KeyWords.meaningful(f.path())), 6, "finding");
            String id = draft.finding(idBase, kind, f.text(), FindingQuestions.of(f, kind));
            if (id == null) {
                continue;
            }
            bySection.computeIfAbsent(f.section(), s -> new ArrayList<>()).add(id);
            if (draft.guard.names(f.text())) {
                draft.notes.add("Finding '" + id + "' names the diagnosis: a student who asks for it is told the answer. "
                        + "Keep it if that is intended, or reword it.");
            }
        }
        bySection.forEach((section, ids) -> {
            List<String> asks = new ArrayList<>();
            ids.forEach(id -> asks.addAll(draft.askOf(id)));
            String words = KeyWords.of(section);
            String id = SourceText.kebab(words, 6, "section");
            draft.topics.add("test".equals(kind)
                    ? new RubricTopic("requests-" + id, "Requests " + words, "clinical-reasoning", ids, Evidence.from(asks))
                    : new RubricTopic(id, "Asks for the " + words, "examination", ids, Evidence.from(asks)));
        });
    }
}
