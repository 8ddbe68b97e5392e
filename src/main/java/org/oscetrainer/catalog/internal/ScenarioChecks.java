package org.oscetrainer.catalog.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.oscetrainer.common.Words;

/** The rules a scenario file must follow beyond its YAML shape (see docs/station-format.md). */
final class ScenarioChecks {

    static final Set<String> FORMATS = Set.of("osce-scenario/1", "osce-scenario/2", "osce-scenario/3");
    static final Set<String> DISCLOSURES = Set.of("volunteered", "direct", "specific");
    static final Set<String> KINDS = Set.of("examination", "test");
    static final Set<String> CHALLENGES = Set.of("none", "anxious", "angry", "grieving", "proxy", "bad-news");
    static final Set<String> SEXES = Set.of("male", "female", "other");
    static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final ScenarioFile s;
    private final StationFileParser.Checks checks;

    ScenarioChecks(ScenarioFile s, StationFileParser.Checks checks) {
        this.s = s;
        this.checks = checks;
    }

    void run() {
        boolean v2 = "osce-scenario/2".equals(s.format()) || "osce-scenario/3".equals(s.format());
        if (!FORMATS.contains(s.format())) {
            checks.add("format", "scenario.format", s.format());
        }
        checks.require("id", s.id(), "id");
        if (s.id() != null && !ID.matcher(s.id()).matches()) {
            checks.add("id", "id.characters", s.id());
        }
        checks.require("title", s.title(), "title");
        checks.require("door-note", s.doorNote(), "door-note");
        if (s.language() == null || !Set.of("fr", "en").contains(s.language())) {
            checks.add("language", "language", quoted(s.language()));
        }
        if (s.durationMinutes() == null || s.durationMinutes() < 1 || s.durationMinutes() > 60) {
            checks.add("duration-minutes", "duration", s.durationMinutes());
        }
        if (v2) {
            if (s.authors() == null || s.authors().isEmpty()) {
                checks.add("authors", "authors");
            }
            checks.require("licence", s.licence(), "licence");
        }
        if (s.references() != null) {
            for (int i = 0; i < s.references().size(); i++) {
                checks.require("references[" + i + "]", s.references().get(i), "references");
            }
        }
        patient(v2);
        Set<String> ids = new HashSet<>();
        if (s.facts() == null || s.facts().isEmpty()) {
            checks.add("facts", "facts.empty");
        } else {
            for (int i = 0; i < s.facts().size(); i++) {
                var f = s.facts().get(i);
                String at = "facts[" + i + "]";
                entry(at, f.id(), f.text(), f.ask(), ids);
                if (f.disclosure() == null ? v2 : !DISCLOSURES.contains(f.disclosure())) {
                    checks.add(at + (f.disclosure() == null ? "" : ".disclosure"), "disclosure", at, quoted(f.disclosure()));
                }
                leak(at + ".text", f.text());
            }
        }
        if (s.findings() != null) {
            for (int i = 0; i < s.findings().size(); i++) {
                var f = s.findings().get(i);
                String at = "findings[" + i + "]";
                entry(at, f.id(), f.text(), f.ask(), ids);
                if (f.kind() == null ? v2 : !KINDS.contains(f.kind())) {
                    checks.add(at + (f.kind() == null ? "" : ".kind"), "kind", at, quoted(f.kind()));
                }
            }
        }
        if (s.hidden() == null || s.hidden().diagnosis() == null || s.hidden().diagnosis().isBlank()) {
            checks.add(s.hidden() == null ? "hidden" : "hidden.diagnosis", "diagnosis");
        }
        new HiddenTruthChecks(s, checks).run();
    }

    private void patient(boolean v2) {
        var p = s.patient();
        if (p == null) {
            checks.add("patient", "patient");
            return;
        }
        checks.require("patient.name", p.name(), "patient.name");
        checks.require("patient.opening-line", p.openingLine(), "patient.opening-line");
        if (p.sex() != null && !SEXES.contains(p.sex())) {
            checks.add("patient.sex", "sex", p.sex());
        }
        if (p.age() != null && (p.age() < 0 || p.age() > 120)) {
            checks.add("patient.age", "age", p.age());
        }
        if (p.challenge() != null && !CHALLENGES.contains(p.challenge())) {
            checks.add("patient.challenge", "challenge", p.challenge(), String.join(", ", CHALLENGES.stream().sorted().toList()));
        }
        if ("proxy".equals(p.challenge()) && (p.proxy() == null || blank(p.proxy().name()) || blank(p.proxy().relation()))) {
            checks.add("patient.proxy", "proxy");
        }
        if (p.unprompted() != null) {
            for (int i = 0; i < p.unprompted().size(); i++) {
                if (blank(p.unprompted().get(i))) {
                    checks.add("patient.unprompted[" + i + "]", "unprompted", "patient.unprompted[" + i + "]");
                }
            }
        }
    }

    private void entry(String at, String id, String text, List<String> ask, Set<String> ids) {
        if (blank(id)) {
            checks.add(at, "entry.id", at);
        } else if (!ids.add(id)) {
            checks.add(at + ".id", "entry.duplicate", at, id);
        }
        checks.require(at + ".text", text, "text");
        if (ask == null || ask.isEmpty()) {
            checks.add(at, "ask.empty", at);
            return;
        }
        for (int j = 0; j < ask.size(); j++) {
            if (Words.stems(ask.get(j)).isEmpty()) {
                checks.add(at + ".ask[" + j + "]", "ask.meaningless", at + ".ask[" + j + "]", ask.get(j));
            }
        }
    }

    /** A fact that names the hidden diagnosis would let the patient give it away. */
    private void leak(String at, String text) {
        if (s.hidden() == null || blank(s.hidden().diagnosis()) || blank(text)) {
            return;
        }
        String folded = " " + Words.fold(text).replaceAll("[^a-z0-9]+", " ") + " ";
        for (String name : diagnosisNames(s.hidden().diagnosis())) {
            if (folded.contains(" " + name + " ")) {
                checks.add(at, "leak", at);
                return;
            }
        }
    }

    /**
     * The ways a diagnosis is written: whole, without its bracketed part, and the bracketed part
     * alone (often an acronym, e.g. "(PML)"), folded and reduced to words; 3 letters at least.
     */
    static List<String> diagnosisNames(String diagnosis) {
        List<String> names = new java.util.ArrayList<>();
        String folded = Words.fold(diagnosis);
        java.util.regex.Matcher bracket = Pattern.compile("\\(([^)]*)\\)").matcher(folded);
        while (bracket.find()) {
            names.add(bracket.group(1));
        }
        names.add(folded.replaceAll("\\([^)]*\\)", " "));
        names.add(folded);
        return names.stream().map(n -> n.replaceAll("[^a-z0-9]+", " ").strip().toLowerCase(Locale.ROOT))
                .filter(n -> n.length() >= 3).distinct().toList();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String quoted(String value) {
        return value == null ? "missing" : "'" + value + "'";
    }
}
