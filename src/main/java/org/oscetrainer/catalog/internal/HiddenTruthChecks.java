package org.oscetrainer.catalog.internal;

import java.util.ArrayList;
import java.util.List;
import org.oscetrainer.catalog.internal.HiddenTerms.Term;

/**
 * The rules on a scenario's hidden truth (see docs/station-format.md, "The hidden truth"):
 * <ul>
 * <li>from format 3, the diagnosis has aliases and so does every differential: the guard looks for
 * every one of them in the patient's replies, so a missing alias is a way through (refused, not
 * warned: the validator has no warnings, and a station that starts is a station students play);</li>
 * <li>in every format, what a student's client receives (id, file name, title, specialty, door note,
 * the patient's opening, unprompted and unknown-answer lines) names no term of the hidden truth:
 * not the diagnosis, its aliases, a differential or a differential's aliases. When the student is
 * expected to say the diagnosis ({@code disclosed-by-student}), the diagnosis and its aliases may
 * appear there; the differentials still may not.</li>
 * </ul>
 */
final class HiddenTruthChecks {

    private final ScenarioFile s;
    private final StationFileParser.Checks checks;

    HiddenTruthChecks(ScenarioFile s, StationFileParser.Checks checks) {
        this.s = s;
        this.checks = checks;
    }

    void run() {
        var hidden = s.hidden();
        if (hidden == null || hidden.diagnosis() == null || hidden.diagnosis().isBlank()) {
            return;
        }
        if ("osce-scenario/3".equals(s.format())) {
            aliasesRequired(hidden);
        }
        publicFields(hidden);
    }

    private void aliasesRequired(ScenarioFile.Hidden hidden) {
        if (nonBlank(hidden.aliases()).isEmpty()) {
            checks.add(hidden.aliases() == null ? "hidden" : "hidden.aliases", "aliases.missing");
        }
        if (hidden.differentials() == null) {
            return;
        }
        for (int i = 0; i < hidden.differentials().size(); i++) {
            var d = hidden.differentials().get(i);
            if (d != null && d.name() != null && nonBlank(d.aliases()).isEmpty()) {
                checks.add("hidden.differentials[" + i + "]", "differential.aliases", "hidden.differentials[" + i + "]",
                        d.name());
            }
        }
    }

    private void publicFields(ScenarioFile.Hidden hidden) {
        List<Term> terms = new ArrayList<>();
        if (!Boolean.TRUE.equals(hidden.disclosedByStudent())) {
            terms.addAll(HiddenTerms.namesOf(hidden.diagnosis()));
            nonBlank(hidden.aliases()).forEach(a -> terms.add(HiddenTerms.term(a)));
        }
        if (hidden.differentials() != null) {
            for (var d : hidden.differentials()) {
                if (d != null) {
                    terms.addAll(HiddenTerms.namesOf(d.name()));
                    nonBlank(d.aliases()).forEach(a -> terms.add(HiddenTerms.term(a)));
                }
            }
        }
        if (terms.isEmpty()) {
            return;
        }
        String fileName = checks.file().replaceAll("^.*[/\\\\]", "").replaceAll("\\.ya?ml$", "");
        if (!fileName.equals(s.id())) {
            check("", fileName, terms, true, "@public.file-name");
        }
        check("id", s.id(), terms, true, "id");
        check("title", s.title(), terms, false, "title");
        check("specialty", s.specialty(), terms, false, "specialty");
        check("door-note", s.doorNote(), terms, false, "door-note");
        var p = s.patient();
        if (p == null) {
            return;
        }
        check("patient.opening-line", p.openingLine(), terms, false, "patient.opening-line");
        check("patient.unknown-answer", p.unknownAnswer(), terms, false, "patient.unknown-answer");
        if (p.unprompted() != null) {
            for (int i = 0; i < p.unprompted().size(); i++) {
                check("patient.unprompted[" + i + "]", p.unprompted().get(i), terms, false, "patient.unprompted[" + i + "]");
            }
        }
    }

    private void check(String path, String text, List<Term> terms, boolean identifier, String field) {
        Term found = HiddenTerms.find(text, terms, identifier);
        if (found != null) {
            checks.add(path, "public.leak", field, found.written());
        }
    }

    private static List<String> nonBlank(List<String> values) {
        return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).toList();
    }
}
