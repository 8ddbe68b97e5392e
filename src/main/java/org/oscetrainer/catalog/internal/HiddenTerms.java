package org.oscetrainer.catalog.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.oscetrainer.common.Words;

/**
 * Finds a term of a station's hidden truth (its diagnosis, aliases, differentials) in a text as whole
 * words: accents and case ignored, punctuation and dashes read as spaces, so "Embolie pulmonaire"
 * is found in "embolie-pulmonaire" and "EMBOLIE PULMONAIRE" but "EP" is not found in "step" or
 * "épaule". A short abbreviation written in capitals ({@code EP}, {@code HSA}, {@code LCA}: four
 * characters at most) must be in capitals in prose too, so that "OH" does not match "Oh, doctor";
 * in an identifier, always lower case, it is matched in any case.
 */
public final class HiddenTerms {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SHORT_CAPS = Pattern.compile("[A-Z0-9]{1,4}");
    private static final Pattern BRACKET = Pattern.compile("\\(([^)]*)\\)");
    private static final Pattern ACRONYM = Pattern.compile("[A-Za-z0-9]*[A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*");

    /** A term as written by the author, with its folded forms. */
    public record Term(String written, String folded, boolean shortCaps) {
    }

    private HiddenTerms() {
    }

    public static Term term(String written) {
        String accentless = accentless(written).strip();
        return new Term(written, words(written).strip(), SHORT_CAPS.matcher(accentless).matches()
                && accentless.chars().anyMatch(Character::isLetter));
    }

    /** The first term found in {@code text}, or null. {@code identifier}: an id or file name, in lower case. */
    public static Term find(String text, List<Term> terms, boolean identifier) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String folded = words(text);
        String cased = " " + accentless(text).replaceAll("[^A-Za-z0-9]+", " ").strip() + " ";
        for (Term t : terms) {
            if (t.folded().isEmpty()) {
                continue;
            }
            boolean found = t.shortCaps() && !identifier
                    ? cased.contains(" " + t.folded().toUpperCase(java.util.Locale.ROOT) + " ")
                    : folded.contains(" " + t.folded() + " ");
            if (found) {
                return t;
            }
        }
        return null;
    }

    /**
     * The ways a name is written: whole, without its bracketed part, and a bracketed acronym alone
     * ("(SVCR)"); other bracketed notes ("(TSH normal)") are not names.
     */
    static List<Term> namesOf(String name) {
        List<Term> out = new ArrayList<>();
        if (name == null || name.isBlank()) {
            return out;
        }
        out.add(term(name));
        String bare = name.replaceAll("\\([^)]*\\)", " ").strip();
        if (!bare.isEmpty() && !bare.equals(name.strip())) {
            out.add(term(bare));
        }
        var bracket = BRACKET.matcher(name);
        while (bracket.find()) {
            if (ACRONYM.matcher(accentless(bracket.group(1)).strip()).matches()) {
                out.add(term(bracket.group(1)));
            }
        }
        return out;
    }

    /** " lower case words without accents, single-spaced ". */
    static String words(String text) {
        return " " + Words.plain(text) + " ";
    }

    private static String accentless(String text) {
        return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
    }
}
