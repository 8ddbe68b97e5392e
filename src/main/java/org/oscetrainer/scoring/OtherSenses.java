package org.oscetrainer.scoring;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Everyday phrases whose words look clinical ("plans for the weekend", "ça marche", "walk you through"), listed in
 * {@code scoring/other-senses-<language>.txt}: a sentence's words are read without them.
 */
final class OtherSenses {

    private static final Map<String, List<Pattern>> OTHER_SENSES = new ConcurrentHashMap<>();

    private OtherSenses() {
    }

    /** A folded sentence without the everyday phrases of {@code language} ({@code fr}, {@code en}, or null for both). */
    static String removed(String folded, String language) {
        String out = folded;
        for (Pattern other : otherSenses(language)) {
            out = other.matcher(out).replaceAll(" ");
        }
        return out;
    }

    private static List<Pattern> otherSenses(String language) {
        if (language == null) {
            List<Pattern> both = new ArrayList<>(otherSenses("en"));
            both.addAll(otherSenses("fr"));
            return both;
        }
        return OTHER_SENSES.computeIfAbsent("fr".equals(language) ? "fr" : "en", OtherSenses::load);
    }

    private static List<Pattern> load(String language) {
        String resource = "/scoring/other-senses-" + language + ".txt";
        try (InputStream in = OtherSenses.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + resource);
            }
            List<Pattern> patterns = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String l = line.strip().replace("'", "['\\s]?");
                if (!l.isEmpty() && !l.startsWith("#")) {
                    patterns.add(Pattern.compile("\\b(" + l + ")\\b"));
                }
            }
            return patterns;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
