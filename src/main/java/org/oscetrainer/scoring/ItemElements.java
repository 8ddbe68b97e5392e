package org.oscetrainer.scoring;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.oscetrainer.catalog.Rubric;
import org.oscetrainer.common.Words;
import org.oscetrainer.encounter.TranscriptTurn;

/**
 * The elements a communication or professionalism item names besides its main act ("Introduces self and role and
 * explains confidentiality (and its limits)": a name, a role, confidentiality, its limits; "Se présente, explique
 * l'examen et recueille le consentement": a name, the examination explained, consent), and whether the student did
 * each one somewhere in the encounter. The examiners of the blind sets judge these items whole: "Name and role,
 * confidentiality promised without its limits" is not done; a two-point item with an element missing is done in part.
 * What names an element and what does it are listed by function in {@code scoring/item-elements.txt} (English and
 * French); a name is the one the student gives ({@link StudentSentences.Sentence#named()}).
 */
final class ItemElements {

    private ItemElements() {
    }

    /** One element: its name, what in a label names it, what in a student's sentence does it. */
    record Element(String name, Pattern label, Pattern said) {
    }

    static final List<Element> ELEMENTS = load("/scoring/item-elements.txt");

    /** Items that introduce the student, whose first element is a name given. */
    private static final Pattern INTRODUCES = Pattern.compile("^(introduces|se presente)|\\bintroduces (self|himself|herself)\\b");

    private static final Pattern SENTENCE = Pattern.compile("[^.?!;\\n]+[.?!;]*");

    static boolean judged(Rubric.Item item) {
        return ("communication".equals(item.category()) || "professionalism".equals(item.category())) && !named(item).isEmpty();
    }

    /** The elements the item's label names ("name" first for an introduction). */
    static List<String> named(Rubric.Item item) {
        String label = folded(item.label());
        List<String> out = new ArrayList<>();
        if (INTRODUCES.matcher(label).find()) {
            out.add("name");
        }
        for (Element e : ELEMENTS) {
            if (e.label().matcher(label).find()) {
                out.add(e.name());
            }
        }
        return out;
    }

    /** The elements the item names that no sentence of the student's does (empty: the item is whole). */
    static List<String> missing(Rubric.Item item, List<TranscriptTurn> transcript, List<StudentSentences.Sentence> sentences) {
        List<String> said = new ArrayList<>();
        for (TranscriptTurn turn : transcript) {
            if (turn.speaker() != TranscriptTurn.Speaker.STUDENT || turn.text() == null) {
                continue;
            }
            var m = SENTENCE.matcher(turn.text());
            while (m.find()) {
                if (!RhetoricalQuestions.rhetorical(turn.text(), m.end())) {
                    said.add(" " + folded(m.group()) + " ");
                }
            }
        }
        List<String> missing = new ArrayList<>();
        for (String name : named(item)) {
            boolean done = "name".equals(name) ? sentences.stream().anyMatch(StudentSentences.Sentence::named)
                    : ELEMENTS.stream().filter(e -> e.name().equals(name)).findFirst()
                            .map(e -> said.stream().anyMatch(s -> e.said().matcher(s).find())).orElse(true);
            if (!done) {
                missing.add(name);
            }
        }
        return missing;
    }

    static String folded(String text) {
        return Words.fold(text).replaceAll("[^a-z0-9?]+", " ").replace("?", " ?").replaceAll("\\s+", " ").strip();
    }

    /** A list of three fields, "name | label | said", regular expressions on folded text. */
    static List<Element> load(String resource) {
        try (InputStream in = ItemElements.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + resource);
            }
            List<Element> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                String[] f = l.split(" \\| ");
                if (f.length != 3) {
                    throw new IllegalStateException("Not 'element | label | said' in " + resource + ": " + l);
                }
                out.add(new Element(f[0].strip(), Pattern.compile(f[1].strip()), Pattern.compile(f[2].strip())));
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
