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

    /** The lines of the sections {@code which} selects in one pattern ({@link #byFirstLetter}). */
    static Pattern joined(String resource, java.util.function.Predicate<String> which) {
        List<String> alternatives = new ArrayList<>();
        SectionedList.read(resource, (section, line) -> {
            if (which.test(section)) {
                alternatives.add("(?:" + line.strip() + ")");
            }
        });
        return byFirstLetter(alternatives);
    }

    /**
     * " (?:a|b|…)(?= )" for the {@code alternatives}, with each tried only where the word can start it: grouped by the
     * first letters a match of each can have, a look-ahead on the letter picking the group (an alternative that may start
     * with anything else is tried everywhere). The same matches as the plain alternation, for a fraction of the tries.
     */
    static Pattern byFirstLetter(List<String> alternatives) {
        Map<Character, List<String>> byFirst = new java.util.TreeMap<>();
        List<String> anywhere = new ArrayList<>();
        for (String alternative : alternatives) {
            List<Character> first = firstLetters(alternative);
            if (first.isEmpty()) {
                anywhere.add(alternative);
            }
            for (char c : first) {
                byFirst.computeIfAbsent(c, k -> new ArrayList<>()).add(alternative);
            }
        }
        List<String> groups = new ArrayList<>();
        byFirst.forEach((c, lines) -> groups.add("(?=" + c + ")(?:" + String.join("|", lines) + ")"));
        groups.addAll(anywhere);
        return Pattern.compile(" (?:" + String.join("|", groups) + ")(?= )");
    }

    /** The letters and digits a match of {@code alternative}, after a clause's bar and a blank, can start with. */
    private static List<Character> firstLetters(String alternative) {
        Pattern p = Pattern.compile(alternative);
        List<Character> letters = new ArrayList<>();
        for (char c : "abcdefghijklmnopqrstuvwxyz0123456789".toCharArray()) {
            Matcher m = p.matcher("| " + c);
            m.region(2, 3).useTransparentBounds(true);
            if (m.lookingAt() || m.hitEnd()) {
                letters.add(c);
            }
        }
        return letters;
    }

    /** The folded words of {@code text}: " | " where a sentence or a clause ends, a space before and after. */
    static String words(String text) {
        String plain = Disguises.stripMarkup(text).replace('’', '\'').replace('‘', '\'');
        return wordsOfFolded(Disguises.fold(plain));
    }

    /** {@link #words} of a text already without markup, its curly quotes straight, and folded ({@link ReplyText#foldedPlain}). */
    static String wordsOfFolded(String folded) {
        String punctuated = STOPS.matcher(folded).replaceAll(" | ");
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
