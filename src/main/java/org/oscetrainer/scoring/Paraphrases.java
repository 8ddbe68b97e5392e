package org.oscetrainer.scoring;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oscetrainer.common.Words;

/**
 * What a student asks in other words, said plainly: the plain words are added after the student's ("if ten were the
 * worst" → "out of ten scale"), from {@code scoring/paraphrases-<language>.txt}.
 */
final class Paraphrases {

    private static final Map<String, List<Map.Entry<Pattern, String>>> PARAPHRASES = new ConcurrentHashMap<>();

    private Paraphrases() {
    }

    /** The folded sentence with the plain words added ({@code fr}, {@code en}, or null for both languages). */
    static String added(String folded, String language) {
        List<Map.Entry<Pattern, String>> all = new ArrayList<>();
        if (language == null || !"fr".equals(language)) {
            all.addAll(PARAPHRASES.computeIfAbsent("en", Paraphrases::load));
        }
        if (language == null || "fr".equals(language)) {
            all.addAll(PARAPHRASES.computeIfAbsent("fr", Paraphrases::load));
        }
        String out = folded;
        for (Map.Entry<Pattern, String> p : all) {
            out = p.getKey().matcher(out).replaceAll("$0 " + p.getValue());
        }
        return out;
    }

    private static List<Map.Entry<Pattern, String>> load(String language) {
        List<Map.Entry<Pattern, String>> out = new ArrayList<>();
        for (String line : lines("/scoring/paraphrases-" + language + ".txt")) {
            int arrow = line.indexOf(" => ");
            if (arrow < 0) {
                throw new IllegalStateException("No ' => ' in paraphrase line: " + line);
            }
            out.add(Map.entry(Pattern.compile("\\b(" + line.substring(0, arrow).strip().replace("'", "['\\s]?").replace(" ", "[\\s'-]") + ")\\b"),
                    Matcher.quoteReplacement(Words.fold(line.substring(arrow + 4).strip()).replace('-', ' '))));
        }
        return out;
    }

    private static List<String> lines(String resource) {
        try (InputStream in = Paraphrases.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
