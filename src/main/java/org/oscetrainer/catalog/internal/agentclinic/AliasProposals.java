package org.oscetrainer.catalog.internal.agentclinic;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Aliases of an imported diagnosis that can be made from its own words, for faculty to check and
 * complete (format 3 requires at least one): its bracketed acronym ("PML"), the name in lower case
 * without the bracket, the name without qualifiers ("Acute interstitial nephritis" gives
 * "interstitial nephritis", "Congenital rubella infection" gives "rubella") and, when there is no
 * bracket, an abbreviation made of the initials of a name of two words or more ("Diffuse large B-cell
 * lymphoma" gives "DLBCL").
 * Lay words and translations cannot be made this way: the import's notes ask faculty for them.
 */
final class AliasProposals {

    private static final Pattern BRACKET = Pattern.compile("\\(([^)]*)\\)");
    private static final Set<String> LEADING = Set.of("acute", "subacute", "chronic", "primary", "secondary",
            "congenital", "acquired", "mild", "moderate", "severe", "uncomplicated", "complicated", "recurrent",
            "idiopathic", "benign", "bilateral", "left", "right", "early", "late", "isolated", "exogenous", "endogenous",
            "focal", "localized", "localised", "generalized", "generalised", "cutaneous", "systemic");
    private static final Set<String> TRAILING = Set.of("disease", "syndrome", "infection", "disorder");
    private static final Set<String> LINKS = Set.of("of", "the", "and", "with", "to", "in", "on", "a", "an", "due", "by");

    private AliasProposals() {
    }

    static List<String> of(String diagnosis) {
        Set<String> out = new LinkedHashSet<>();
        if (diagnosis == null || diagnosis.isBlank()) {
            return List.of();
        }
        Matcher bracket = BRACKET.matcher(diagnosis);
        while (bracket.find()) {
            String inside = bracket.group(1).strip();
            if (!inside.isEmpty()) {
                out.add(inside);
            }
        }
        String bare = diagnosis.replaceAll("\\([^)]*\\)", " ").replaceAll("\\s+", " ").strip();
        out.add(bare.toLowerCase(Locale.ROOT));
        List<String> words = new ArrayList<>(List.of(bare.toLowerCase(Locale.ROOT).split(" ")));
        while (words.size() > 1 && LEADING.contains(words.get(0))) {
            words.remove(0);
        }
        while (words.size() > 1 && TRAILING.contains(words.get(words.size() - 1))) {
            words.remove(words.size() - 1);
        }
        String core = String.join(" ", words);
        if (core.length() >= 4) {
            out.add(core);
        }
        String initials = diagnosis.contains("(") ? "" : initials(bare);
        if (initials.length() >= 2 && initials.length() <= 6) {
            out.add(initials);
        }
        return List.copyOf(out);
    }

    private static String initials(String name) {
        StringBuilder out = new StringBuilder();
        int parts = 0;
        for (String w : name.split("[\\s-]+")) {
            if (w.isEmpty() || LINKS.contains(w.toLowerCase(Locale.ROOT)) || !Character.isLetter(w.charAt(0))) {
                continue;
            }
            out.append(Character.toUpperCase(w.charAt(0)));
            parts++;
        }
        return parts >= 2 ? out.toString() : "";
    }
}
