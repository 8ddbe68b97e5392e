package org.oscetrainer.patient.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oscetrainer.common.Words;

/**
 * Regional, colloquial and non-native words read as the standard words the stations' scripts use (router18): "have
 * you been boaking?" asks whether the person has been vomiting, « vous avez mal aux rognons ? » about the kidneys,
 * "any illness in your nan?" about the grandmother. The lexicon is {@code patient/regional-words.txt}, one section per
 * station language, written from general knowledge of the varieties, not from any set's lines. Whole words, case aside, as
 * written in the lexicon or without accents; the longest entry wins where two overlap.
 */
final class RegionalWords {

    private static final Map<String, Lexicon> BY_LANGUAGE = read();

    private RegionalWords() {
    }

    /** The words of one language and the pattern that finds them. */
    private record Lexicon(Map<String, String> standard, Pattern words) {
    }

    /** {@code text} with the regional words of {@code language} replaced by standard ones; the text itself when it has none. */
    static String standard(String text, String language) {
        Lexicon lexicon = BY_LANGUAGE.get("fr".equals(language) ? "fr" : "en");
        if (lexicon == null) {
            return text;
        }
        Matcher m = lexicon.words().matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        do {
            String key = Words.fold(m.group()).replace('’', '\'').replaceAll("\\s+", " ");
            m.appendReplacement(out, Matcher.quoteReplacement(lexicon.standard().getOrDefault(key, m.group())));
        } while (m.find());
        m.appendTail(out);
        return out.toString();
    }

    private static Map<String, Lexicon> read() {
        Map<String, Map<String, String>> standard = new HashMap<>();
        Map<String, List<String>> forms = new HashMap<>();
        SectionedList.read("/patient/regional-words.txt", (section, line) -> {
            String[] sides = line.split("=>");
            if (sides.length != 2) {
                throw new IllegalStateException("regional-words.txt: not \"words => standard\": " + line);
            }
            String language = section.replaceAll("[\\[\\]]", "");
            for (String word : sides[0].split(",")) {
                String written = word.strip().toLowerCase(Locale.ROOT);
                String folded = Words.fold(written).replace('’', '\'');
                standard.computeIfAbsent(language, l -> new HashMap<>()).put(folded, sides[1].strip());
                // as written, and without its accents (a student who types none); never with other accents
                forms.computeIfAbsent(language, l -> new ArrayList<>()).add(written);
                forms.get(language).add(folded);
            }
        });
        Map<String, Lexicon> out = new HashMap<>();
        standard.forEach((language, words) -> {
            List<String> alternatives = new ArrayList<>(forms.get(language).stream().distinct().toList());
            alternatives.sort(Comparator.comparingInt(String::length).reversed());
            String pattern = String.join("|", alternatives.stream()
                    .map(a -> Pattern.quote(a).replace(" ", "\\E\\s+\\Q").replace("'", "\\E['’]\\Q")).toList());
            out.put(language, new Lexicon(words, Pattern.compile("(?iu)(?<![\\p{L}'’-])(?:" + pattern + ")(?![\\p{L}'’-])")));
        });
        return out;
    }
}
