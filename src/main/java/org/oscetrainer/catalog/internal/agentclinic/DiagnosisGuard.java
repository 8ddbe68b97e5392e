package org.oscetrainer.catalog.internal.agentclinic;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.oscetrainer.common.Words;

/**
 * Keeps the hidden diagnosis out of what the patient says. It recognises the diagnosis as written
 * ("Progressive multifocal encephalopathy (PML)"), without its bracket ("Progressive multifocal
 * encephalopathy") and by its bracketed acronym ("PML", as a whole word). The validator only checks
 * the first form; this is stricter.
 */
public final class DiagnosisGuard {

    /** {@code text} without the sentences that name the diagnosis, and the sentences removed. */
    public record Redacted(String text, List<String> removed) {
    }

    private static final Pattern BRACKET = Pattern.compile("\\(([^)]*)\\)");

    private final List<String> phrases = new ArrayList<>();
    private final List<Pattern> acronyms = new ArrayList<>();

    public DiagnosisGuard(String diagnosis) {
        String d = diagnosis == null ? "" : diagnosis.strip();
        phrase(d);
        phrase(BRACKET.matcher(d).replaceAll(" ").replaceAll("\\s+", " "));
        var bracket = BRACKET.matcher(d);
        while (bracket.find()) {
            String inside = bracket.group(1).strip();
            if (inside.matches("[A-Za-z][A-Za-z0-9-]{1,9}")) {
                acronyms.add(Pattern.compile("(?<![A-Za-z0-9])" + Pattern.quote(inside) + "(?![A-Za-z0-9])"));
            } else {
                phrase(inside);
            }
        }
        if (d.matches("[A-Z][A-Za-z0-9-]{1,3}")) {
            acronyms.add(Pattern.compile("(?<![A-Za-z0-9])" + Pattern.quote(d) + "(?![A-Za-z0-9])"));
        }
    }

    private void phrase(String p) {
        String folded = Words.fold(p).strip();
        if (folded.length() >= 4 && !phrases.contains(folded)) {
            phrases.add(folded);
        }
    }

    public boolean names(String text) {
        if (text == null) {
            return false;
        }
        String folded = Words.fold(text);
        return phrases.stream().anyMatch(folded::contains) || acronyms.stream().anyMatch(a -> a.matcher(text).find());
    }

    public Redacted redact(String text) {
        List<String> kept = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        for (String sentence : SourceText.sentences(text)) {
            (names(sentence) ? removed : kept).add(sentence);
        }
        return new Redacted(String.join(" ", kept), removed);
    }
}
