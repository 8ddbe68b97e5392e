package org.oscetrainer.patient.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A list of phrases of {@code src/main/resources/patient/} in sections ({@link SectionedList}), each line a Java
 * regular expression over a reply's folded words ({@link #words}), searched with a space before and after; what
 * {@link Fiction}, {@link TypicalCourse} and {@link MechanismPicture} read.
 */
final class PhraseSections {

    private static final Pattern STOPS = Pattern.compile("[.!?;:,…\\n()\\[\\]\"“”«»]+");

    private final Map<String, List<Pattern>> sections;

    private PhraseSections(Map<String, List<Pattern>> sections) {
        this.sections = sections;
    }

    /** The lines of each section joined in one pattern: one scan of the reply per section, not one per line. */
    static PhraseSections load(String resource) {
        Map<String, List<String>> lines = new LinkedHashMap<>();
        SectionedList.read(resource, (section, line) -> lines.computeIfAbsent(section, k -> new ArrayList<>())
                .add("(?:" + line.strip() + ")"));
        Map<String, List<Pattern>> sections = new LinkedHashMap<>();
        lines.forEach((section, alternatives) -> sections.put(section,
                List.of(Pattern.compile(" (?:" + String.join("|", alternatives) + ")(?= )"))));
        return new PhraseSections(sections);
    }

    /** The folded words of {@code text}: " | " where a sentence or a clause ends, a space before and after. */
    static String words(String text) {
        String plain = Disguises.stripMarkup(text).replace('’', '\'').replace('‘', '\'');
        String punctuated = STOPS.matcher(Disguises.fold(plain)).replaceAll(" | ");
        return " | " + String.join(" ", Disguises.tokens(punctuated.replace("|", "qqpunctqq"))).replace("qqpunctqq", "|")
                + " | ";
    }

    /**
     * The first phrase of {@code section} found in {@code words}, or {@code null}; {@code search} (one per guarded
     * question) reads only around what is new since the last check of the same reply ({@link GrowingTextSearch#findAny}).
     */
    String first(GrowingTextSearch search, String section, String words) {
        List<Pattern> patterns = sections.getOrDefault(section, List.of());
        for (int i = 0; i < patterns.size(); i++) {
            Matcher m = search.findAny(section, i, patterns.get(i), words);
            if (m != null) {
                return m.group().strip();
            }
        }
        return null;
    }

    /** How many different phrases of {@code section} are found in {@code words}, counting up to {@code most}. */
    int distinct(String section, String words, int most) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Pattern p : sections.getOrDefault(section, List.of())) {
            Matcher m = p.matcher(words);
            while (m.find()) {
                seen.add(m.group().strip());
                if (seen.size() >= most) {
                    return seen.size();
                }
            }
        }
        return seen.size();
    }

    java.util.Set<String> names() {
        return sections.keySet();
    }
}
