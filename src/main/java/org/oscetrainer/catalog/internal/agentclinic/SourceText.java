package org.oscetrainer.catalog.internal.agentclinic;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.oscetrainer.common.Words;

/** Small operations on the source's texts: sentences, capitals, placeholders, content words. */
public final class SourceText {

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z0-9'\"(])");
    private static final Pattern PLACEHOLDER = Pattern.compile("(?i)^(?:(?:information|details|data|history)\\s+)?"
            + "(?:not\\s+(?:provided|available|given|specified|recorded)|none\\s+(?:provided|given)|n/?a|unknown|"
            + "no\\s+(?:additional\\s+|further\\s+)?(?:symptoms\\s+|information\\s+|details\\s+|data\\s+)?"
            + "(?:provided|given|available))\\.?$");
    /** Words that carry no meaning of their own in a symptom or a key (beyond {@link Words}' function words). */
    private static final Set<String> FILLER = Set.of("no", "not", "noticed", "upon", "both", "after", "before", "during",
            "despite", "without", "into", "over", "under", "than", "then", "very", "especially", "specifically",
            "particularly", "presence", "history", "episode", "episodes", "associated", "kg", "lb", "lbs", "cm", "mm", "mg",
            "ml", "day", "days", "week", "weeks", "month", "months", "year", "years", "hour", "hours");

    private SourceText() {
    }

    /** The sentences of {@code text}, each with its final punctuation. */
    public static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        for (String s : SENTENCE_END.split(text.strip())) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }

    /** A text that only says the information is missing ("Information not provided."). */
    public static boolean placeholder(String text) {
        return text == null || text.isBlank() || PLACEHOLDER.matcher(text.strip()).matches();
    }

    public static String capitalize(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** Lower-cases the first letter unless the first word looks like an acronym ("CT", "IgM"). */
    public static String lowerFirst(String text) {
        if (text.length() > 1 && Character.isUpperCase(text.charAt(1))) {
            return text;
        }
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    /** Without a final full stop, colon or semicolon. */
    public static String withoutEnd(String text) {
        return text.strip().replaceAll("[.;:,]+$", "").strip();
    }

    /** With a final full stop unless it already ends a sentence. */
    public static String sentence(String text) {
        String t = text.strip();
        return t.matches("(?s).*[.!?]$") ? t : t + ".";
    }

    /** The meaningful words of {@code text} in order (lower case, no digits, no filler), at most {@code max}. */
    public static List<String> contentWords(String text, int max) {
        List<String> out = new ArrayList<>();
        for (String word : Words.fold(text).split("[^a-z0-9]+")) {
            if (out.size() == max) {
                break;
            }
            if (!word.isEmpty() && !word.matches(".*\\d.*") && !FILLER.contains(word) && !Words.stems(word).isEmpty()
                    && !out.contains(word)) {
                out.add(word);
            }
        }
        return out;
    }

    /** A meaningful word (not a function word, filler or number). */
    public static boolean content(String word) {
        String w = Words.fold(word).replaceAll("[^a-z0-9]", "");
        return !w.isEmpty() && !w.matches(".*\\d.*") && !FILLER.contains(w) && !Words.stems(w).isEmpty();
    }

    /** {@code words} in {@code text} as whole words ("ct" is in "chest ct", not in "lactate"). */
    public static boolean containsWords(String text, String words) {
        return Pattern.compile("(?<![a-z0-9])" + Pattern.quote(words) + "(?![a-z0-9])").matcher(text).find();
    }

    /** A lower-kebab id from the first meaningful words of {@code text}, or {@code fallback}. */
    public static String kebab(String text, int maxWords, String fallback) {
        List<String> words = new ArrayList<>();
        for (String word : Words.fold(text == null ? "" : text).split("[^a-z0-9]+")) {
            if (words.size() == maxWords) {
                break;
            }
            if (!word.isEmpty() && (word.equals("no") || !Words.stems(word).isEmpty())) {
                words.add(word.toLowerCase(Locale.ROOT));
            }
        }
        return words.isEmpty() ? fallback : String.join("-", words);
    }
}
