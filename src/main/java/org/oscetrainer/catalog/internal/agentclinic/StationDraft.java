package org.oscetrainer.catalog.internal.agentclinic;

import java.util.ArrayList;
import java.util.List;
import org.oscetrainer.catalog.internal.ScenarioFile.FactEntry;
import org.oscetrainer.catalog.internal.ScenarioFile.FindingEntry;

/** What the builders share while one case becomes a station: ids, phrasings, facts, findings, topics, notes. */
final class StationDraft {

    final IdRegistry entryIds = new IdRegistry();
    final PhrasingRegistry phrasings = new PhrasingRegistry();
    final DiagnosisGuard guard;
    final boolean parentSpeaks;
    /** How the parent names the child: son, daughter or child. */
    String childNoun = "child";
    final List<FactEntry> facts = new ArrayList<>();
    final List<FindingEntry> findings = new ArrayList<>();
    final List<RubricTopic> topics = new ArrayList<>();
    final List<String> notes = new ArrayList<>();
    final List<String> verbatim = new ArrayList<>();

    StationDraft(DiagnosisGuard guard, boolean parentSpeaks) {
        this.guard = guard;
        this.parentSpeaks = parentSpeaks;
    }

    /** Adds a fact with the first {@code max} free phrasings; returns its id, or null when it got none. */
    String fact(String idBase, String text, String disclosure, List<String> candidates) {
        String id = entryIds.unique(idBase);
        List<String> ask = phrasings.claim(id, candidates, 6);
        if (ask.isEmpty()) {
            ask = phrasings.claim(id, List.of(id.replace('-', ' ')), 1);
        }
        if (ask.isEmpty()) {
            notes.add("Fact '" + id + "' was left out: every way of asking for it is already another fact's. Add it by hand.");
            return null;
        }
        facts.add(new FactEntry(id, text, disclosure, ask));
        return id;
    }

    String finding(String idBase, String kind, String text, List<String> candidates) {
        String id = entryIds.unique(idBase);
        List<String> ask = phrasings.claim(id, candidates, 8);
        if (ask.isEmpty()) {
            ask = phrasings.claim(id, List.of(id.replace('-', ' ')), 1);
        }
        if (ask.isEmpty()) {
            notes.add("Finding '" + id + "' was left out: every way of asking for it is already another entry's. "
                    + "Add it by hand.");
            return null;
        }
        findings.add(new FindingEntry(id, kind, text, ask));
        return id;
    }

    List<String> askOf(String id) {
        for (FactEntry f : facts) {
            if (f.id().equals(id)) {
                return f.ask();
            }
        }
        for (FindingEntry f : findings) {
            if (f.id().equals(id)) {
                return f.ask();
            }
        }
        return List.of();
    }
}
