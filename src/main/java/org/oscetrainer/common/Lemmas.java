package org.oscetrainer.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Forms of one word that a stemmer does not join, for the scripted patient: irregular verbs and nouns from
 * {@code patient/lemmas-<language>.txt} ("vit", "vécu" → "vivre"; "died" → "die"; "ate" → "eat"), read
 * before stemming. General knowledge of the two languages, for any station. Content verbs only: light verbs
 * (take, think, prendre, venir) joined to their forms matched unrelated questions ("prenez votre temps"); and
 * cutting the endings of regular French verbs after the light stemmer ("fumez", "fumait" → "fum") was tried and
 * dropped: it gave wrong facts to unscripted questions ("vous mangez bien ?").
 */
final class Lemmas {

    private final Map<String, String> forms;

    private Lemmas(Map<String, String> forms) {
        this.forms = forms;
    }

    static Lemmas forLanguage(boolean french) {
        String resource = "/patient/lemmas-" + (french ? "fr" : "en") + ".txt";
        Map<String, String> forms = new HashMap<>();
        try (InputStream in = Lemmas.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing lemma list " + resource);
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] words = line.strip().split("\\s+");
                for (int i = 1; i < words.length; i++) {
                    forms.putIfAbsent(words[i], words[0]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Lemmas(forms);
    }

    /** Irregular forms to their lemma: runs on folded words, before the stemmer. */
    TokenStream irregular(TokenStream in) {
        return new TokenFilter(in) {
            private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

            @Override
            public boolean incrementToken() throws IOException {
                if (!input.incrementToken()) {
                    return false;
                }
                String lemma = forms.get(term.toString());
                if (lemma != null) {
                    term.setEmpty().append(lemma);
                }
                return true;
            }
        };
    }
}
