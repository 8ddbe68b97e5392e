package org.oscetrainer.patient.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oscetrainer.catalog.HiddenDiagnosis;

/**
 * What tells a reader a diagnosis without naming it ({@code patient/telling-concepts.txt}): lay paraphrases
 * (an organ and what went wrong with it: "water on my lungs", "de l'eau dans les poumons"), a few medical
 * synonyms and eponyms, and the signature treatments or tests a reader links to it. A station's hidden
 * truth selects the concepts its names belong to; their phrases become leak terms of the station, read like
 * any other term but as words only ({@link LeakTerms.Term#lay()}: not in squashed letters, initials or the
 * reversed readings, where everyday words would meet by chance).
 *
 * <p>Why a table and not the station's own aliases alone: the question is what a reader of the reply
 * learns, and "my heart's pump is failing" teaches "heart failure" as well as its name does; aliases list
 * names, this lists how a layperson would say the thing. The table is general medical knowledge, keyed by
 * concept, so a new station with a known diagnosis gets it for free.
 */
final class TellingConcepts {

    /** One telling phrase: its folded words, and whether its words may come in any order within a few words. */
    record Phrase(String text, boolean near) {
    }

    private record Concept(List<List<String>> selectors, List<Phrase> phrases) {
    }

    private static final Pattern GROUP = Pattern.compile("\\{([^}]*)}");
    /** A meaning shared by the concepts: "@down = drops, falls, …" (the words a layperson says it with, both languages). */
    private static final Pattern MEANING = Pattern.compile("@([a-z-]+)\\s*=\\s*(.+)");
    private static final Pattern MEANING_USE = Pattern.compile("@([a-z-]+)");
    private static final List<Concept> CONCEPTS = load();

    private TellingConcepts() {
    }

    /**
     * The telling phrases of the concepts {@code hidden} belongs to, each with its rule: {@link LeakTerms#DIAGNOSIS}
     * when a name of the diagnosis selects the concept, else {@link LeakTerms#DIFFERENTIAL}.
     */
    static Map<Phrase, String> of(HiddenDiagnosis hidden) {
        List<List<String>> diagnosis = new ArrayList<>();
        List<List<String>> differentials = new ArrayList<>();
        if (hidden.diagnosis() != null && !hidden.diagnosis().isBlank()) {
            diagnosis.add(LeakTerms.headWords(hidden.diagnosis()));
        }
        hidden.aliases().forEach(a -> diagnosis.add(LeakTerms.headWords(a)));
        for (HiddenDiagnosis.Differential d : hidden.differentials()) {
            differentials.add(LeakTerms.headWords(d.name()));
            d.aliases().forEach(a -> differentials.add(LeakTerms.headWords(a)));
        }
        Map<Phrase, String> out = new LinkedHashMap<>();
        for (Concept concept : CONCEPTS) {
            String rule = selects(concept, diagnosis) ? LeakTerms.DIAGNOSIS
                    : selects(concept, differentials) ? LeakTerms.DIFFERENTIAL : null;
            if (rule != null) {
                for (Phrase p : concept.phrases()) {
                    if (!LeakTerms.DIAGNOSIS.equals(out.get(p))) {
                        out.put(p, rule);
                    }
                }
            }
        }
        return out;
    }

    private static boolean selects(Concept concept, List<List<String>> names) {
        for (List<String> name : names) {
            for (List<String> selector : concept.selectors()) {
                if (selector.stream().allMatch(part -> name.stream().anyMatch(w -> says(w, part)))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A selector of 4 letters or fewer is a whole word ("acl", "tia"); a longer one is the start of a word. */
    private static boolean says(String word, String selector) {
        return selector.length() <= 4 ? word.equals(selector) : word.startsWith(selector);
    }

    private static List<Concept> load() {
        try (InputStream in = TellingConcepts.class.getResourceAsStream("/patient/telling-concepts.txt")) {
            if (in == null) {
                throw new IllegalStateException("patient/telling-concepts.txt is missing");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Concept> parse(String text) {
        List<Concept> concepts = new ArrayList<>();
        List<List<String>> selectors = null;
        List<Phrase> phrases = null;
        Map<String, String> meanings = new LinkedHashMap<>();
        for (String raw : text.split("\\R")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            Matcher meaning = MEANING.matcher(line);
            if (meaning.matches()) {
                // "@down = drops, falls, collapses …": a meaning every concept may use as {@down} among alternatives
                meanings.merge(meaning.group(1), String.join("|", meaning.group(2).strip().split("\\s*[,|]\\s*")),
                        (a, b) -> a + "|" + b);
                continue;
            }
            if (line.contains("@")) {
                line = withMeanings(line, meanings);
            }
            if (line.startsWith("=")) {
                if (selectors != null) {
                    concepts.add(new Concept(selectors, phrases));
                }
                selectors = new ArrayList<>();
                for (String s : line.substring(1).strip().split("\\s+")) {
                    selectors.add(List.of(Disguises.fold(s).split("\\+")));
                }
                phrases = new ArrayList<>();
                continue;
            }
            if (selectors == null) {
                throw new IllegalStateException("telling-concepts.txt: a phrase before any concept: " + line);
            }
            boolean near = line.startsWith("~");
            for (String expanded : expand(near ? line.substring(1).strip() : line)) {
                String words = expanded.strip().replaceAll("\\s+", " ");
                if (!words.isBlank()) {
                    phrases.add(new Phrase(words, near && words.contains(" ")));
                }
            }
        }
        if (selectors != null) {
            concepts.add(new Concept(selectors, phrases));
        }
        return List.copyOf(concepts);
    }

    /** {@code line} with each {@code @meaning} inside an alternative group replaced by that meaning's words. */
    private static String withMeanings(String line, Map<String, String> meanings) {
        Matcher m = MEANING_USE.matcher(line);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String words = meanings.get(m.group(1));
            if (words == null) {
                throw new IllegalStateException("telling-concepts.txt: no meaning @" + m.group(1) + " defined before: " + line);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(words));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * A line as phrases whose words are slots of alternatives: "{a|b} c" → "a|b c" (one phrase: each slot is
     * matched by any of its words, {@link LeakCheck#matches}); an alternative of several words gives a phrase
     * of its own ("{main artery|aorta} torn" → "aorta torn", "main artery torn"). Words are folded.
     */
    static List<String> expand(String line) {
        Matcher m = GROUP.matcher(line);
        if (!m.find()) {
            return List.of(String.join(" ", Disguises.tokens(Disguises.fold(line))));
        }
        List<String> singles = new ArrayList<>();
        List<String> out = new ArrayList<>();
        String before = line.substring(0, m.start());
        String after = line.substring(m.end());
        for (String alternative : m.group(1).split("\\|")) {
            List<String> words = Disguises.tokens(Disguises.fold(alternative));
            if (words.size() == 1) {
                singles.add(words.get(0));
            } else if (words.size() > 1) {
                for (String rest : expand(after)) {
                    out.add(join(before, String.join(" ", words), rest));
                }
            }
        }
        if (!singles.isEmpty()) {
            for (String rest : expand(after)) {
                out.add(join(before, String.join("|", new java.util.LinkedHashSet<>(singles)), rest));
            }
        }
        return out;
    }

    private static String join(String before, String slot, String rest) {
        String head = String.join(" ", Disguises.tokens(Disguises.fold(before)));
        return (head + " " + slot + " " + rest).strip().replaceAll("\\s+", " ");
    }
}
