package org.oscetrainer.catalog.internal.agentclinic;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** JSON keys as words: "Neurological_Examination" is "neurological examination", "Chest_CT" is "chest CT". */
final class KeyWords {

    /** Keys that only say "the content is here": left out of labels when alone, never used to ask. */
    private static final Set<String> GENERIC = Set.of("findings", "finding", "result", "results", "value", "values",
            "details", "description", "comments", "comment", "notes", "others", "other", "optional");

    private KeyWords() {
    }

    static String of(String key) {
        String k = key.strip();
        if (!k.contains("_") && !k.contains(" ")) {
            k = k.replaceAll("(?<=[a-z])(?=[A-Z][a-z])", " ");
        }
        List<String> words = new ArrayList<>();
        for (String token : k.split("[_\\s]+")) {
            if (token.isEmpty()) {
                continue;
            }
            boolean acronymLike = token.substring(1).chars().anyMatch(Character::isUpperCase);
            words.add(acronymLike ? token : token.toLowerCase(Locale.ROOT));
        }
        return String.join(" ", words);
    }

    static boolean generic(String key) {
        return GENERIC.contains(of(key).toLowerCase(Locale.ROOT));
    }

    /** The words of the keys that say something, in order. */
    static List<String> meaningful(List<String> path) {
        return path.stream().filter(k -> !generic(k)).map(KeyWords::of).toList();
    }
}
