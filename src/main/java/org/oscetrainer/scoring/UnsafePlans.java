package org.oscetrainer.scoring;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.oscetrainer.catalog.Rubric;
import org.oscetrainer.common.Words;

/**
 * A note's plan read for its safety, as an examiner reads it: a plan that sends home ("d/c if trops neg", "home if it
 * settles", "retour à domicile") a patient whom the station's
 * answer key admits or treats now is unsafe, and earns nothing whatever right elements it also lists. The key decides:
 * where it admits, escalates or acts today and does not itself send the patient home. Phrasings in
 * {@code scoring/unsafe-dispositions.txt}; read on the student's affirmed clauses ("do not let him leave alone" sends no
 * one home).
 */
final class UnsafePlans {

    private UnsafePlans() {
    }

    private static final Map<String, List<Pattern>> SECTIONS = load("/scoring/unsafe-dispositions.txt");

    /** A note question that asks for the management: "management plan", "prise en charge", "conduite à tenir", "what would you do". */
    private static final Pattern PLAN_QUESTION = Pattern.compile("\\b(management|manage|plan|prise en charge|conduite a tenir"
            + "|what would you do|strategie)\\b");

    /**
     * The student's words that make the plan unsafe for this station, or null: a disposition home
     * where the key wants the patient admitted or seen today.
     */
    static String unsafe(Rubric.NoteItem item, List<AnalysedSentence> sentences) {
        if (!PLAN_QUESTION.matcher(fold(item.question())).find() || item.expected() == null || item.expected().isEmpty()) {
            return null;
        }
        String key = fold(String.join(" ; ", item.expected()));
        if (!any("urgent-key", key) || any("home-key", key)) {
            return null;
        }
        for (AnalysedSentence sentence : sentences) {
            for (String clause : StudentSentences.affirmedClauses(sentence.sentence())) {
                String words = fold(clause);
                if (any("sends-home", words) || any("delays", words)) {
                    return sentence.sentence().text();
                }
            }
        }
        return null;
    }

    private static boolean any(String section, String text) {
        return SECTIONS.getOrDefault(section, List.of()).stream().anyMatch(p -> p.matcher(text).find());
    }

    /** Lower case, no accents, words joined by single spaces; "/" kept ("2/52", "d/c"). */
    static String fold(String text) {
        return Words.fold(text).replaceAll("[^a-z0-9/]+", " ").replaceAll("\\s+", " ").strip();
    }

    private static Map<String, List<Pattern>> load(String resource) {
        try (InputStream in = UnsafePlans.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + resource);
            }
            Map<String, List<Pattern>> sections = new LinkedHashMap<>();
            String section = "";
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                if (l.startsWith("[") && l.endsWith("]")) {
                    section = l.substring(1, l.length() - 1);
                } else {
                    sections.computeIfAbsent(section, k -> new ArrayList<>()).add(Pattern.compile(l));
                }
            }
            return sections;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
