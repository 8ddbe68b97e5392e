package org.oscetrainer.patient.internal;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.oscetrainer.catalog.Scenario;
import org.oscetrainer.common.Words;

/**
 * Someone who speaks for the patient (a parent for a child, a daughter for her confused mother): the relatives a
 * question names are then read from the speaker's place, so that "your son" or "votre père" may be the patient.
 */
final class ProxySpeaker {

    private ProxySpeaker() {
    }

    /** The persona's words that say someone speaks for the patient. */
    private static final Pattern SPEAKS_FOR = Pattern.compile("speaker is|speaks for|qui parle|parle pour");

    /**
     * Someone speaks for the patient (a parent for a child, a daughter for her confused mother): "your son", "your
     * mum" may then be the patient, so a question naming a relative is not about someone else.
     */
    static boolean speaks(Scenario scenario) {
        String personality = scenario.patient().personality();
        return scenario.patient().age() < 16 || personality != null
                && SPEAKS_FOR.matcher(Words.fold(personality)).find();
    }

    /**
     * The relations of {@code named} that are not the patient: where someone speaks for the patient, the one they speak
     * of is the patient ("your son", "his mum" to a daughter, "votre père" to his daughter), by the patient's age and sex.
     */
    static Set<String> othersThanThePatient(Scenario scenario, Set<String> named) {
        if (!speaks(scenario) || named.isEmpty()) {
            return named;
        }
        Set<String> patient = scenario.patient().age() < 16 ? Set.of("son", "daughter", "children")
                : "female".equalsIgnoreCase(scenario.patient().sex()) ? Set.of("mother") : Set.of("father");
        Set<String> others = new LinkedHashSet<>(named);
        others.removeAll(patient);
        return others;
    }

    /**
     * The relations a fact may name for a question about {@code asked}: a sibling is a brother or a sister, children
     * a son or a daughter; for a child spoken for by a parent, the child's mum and dad are the speaker and their
     * partner ("sa maman" is "ma femme" in the father's words).
     */
    static Set<String> sameRelatives(Scenario scenario, Set<String> asked) {
        Set<String> out = new LinkedHashSet<>(asked);
        if (asked.contains("sibling")) {
            out.addAll(Set.of("brother", "sister"));
        }
        if (asked.contains("children")) {
            out.addAll(Set.of("son", "daughter"));
        }
        if (scenario.patient().age() >= 16 && speaks(scenario) && out.stream().anyMatch(Set.of("son", "daughter", "children")::contains)) {
            out.addAll(Set.of("brother", "sister")); // the patient's other children are the speaking child's siblings
        }
        Set<String> parents = Set.of("mother", "father", "wife", "husband", "partner");
        if (scenario.patient().age() < 16 && asked.stream().anyMatch(parents::contains)) {
            out.addAll(parents);
        }
        return out;
    }
}
