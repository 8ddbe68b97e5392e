package org.oscetrainer.catalog;

import java.util.ArrayList;
import java.util.List;

/**
 * The station's hidden diagnosis, its aliases and its differentials, for the patient's guardrails (they look for these
 * terms in a reply before a student sees it) and the offline grader (it reads a note's leading diagnosis against them).
 * Never put it in a prompt or on a screen.
 *
 * @param diagnosis the hidden diagnosis as the author wrote it, or {@code null}
 * @param aliases other names of the diagnosis: abbreviations, lay words, translations (format 3)
 * @param differentials the differential diagnoses with their aliases, possibly empty
 * @param disclosedByStudent the student is expected to say the diagnosis (breaking bad news, explaining an
 *        error): the patient may repeat it once the student has said it
 */
public record HiddenDiagnosis(String diagnosis, List<String> aliases, List<Differential> differentials,
        boolean disclosedByStudent) {

    /** For a scenario read from unsaved text without its hidden part. */
    public static final HiddenDiagnosis NONE = new HiddenDiagnosis(null, List.of(), List.of(), false);

    public HiddenDiagnosis {
        aliases = aliases == null ? List.of() : aliases.stream().filter(a -> a != null && !a.isBlank()).toList();
        differentials = differentials == null ? List.of() : List.copyOf(differentials);
    }

    /** A station of format 1 or 2: differentials by name only, no aliases. */
    public HiddenDiagnosis(String diagnosis, List<String> differentialNames) {
        this(diagnosis, List.of(), differentialNames == null ? List.of()
                : differentialNames.stream().map(n -> new Differential(n, List.of())).toList(), false);
    }

    /** The names of the differentials, without their aliases. */
    public List<String> differentialNames() {
        return differentials.stream().map(Differential::name).toList();
    }

    /** Every name the hidden truth goes by: the diagnosis, its aliases, each differential and its aliases. */
    public List<String> allTerms() {
        List<String> terms = new ArrayList<>();
        if (diagnosis != null && !diagnosis.isBlank()) {
            terms.add(diagnosis);
        }
        terms.addAll(aliases);
        for (Differential d : differentials) {
            terms.add(d.name());
            terms.addAll(d.aliases());
        }
        return List.copyOf(terms);
    }

    /** A differential diagnosis and its other names. */
    public record Differential(String name, List<String> aliases) {
        public Differential {
            aliases = aliases == null ? List.of() : aliases.stream().filter(a -> a != null && !a.isBlank()).toList();
        }
    }
}
