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
import org.oscetrainer.encounter.TranscriptTurn;

/**
 * What an item's label forbids, read on the whole encounter: "Explique … sans accuser un collègue", "Indique les voies
 * de réclamation … sans chercher à la dissuader", "…without blaming", "…without discouraging". A student who blames a
 * colleague ("C'est l'infirmière des urgences qui aurait dû la reporter") or discourages the complaint ("franchement ça
 * ne changera rien", "ce n'est pas vraiment la peine") anywhere has not done the item, whatever else they said; nor has a
 * student who promises what no one can know where the label says "sans promesse", "without false reassurance" ("Oui, vous
 * allez guérir, c'est sûr", "vous serez guéri, quatre-vingt-dix pour cent de chances", "pas de poche, ne vous en faites
 * pas", "you'll be absolutely fine"). The phrasings are in {@code scoring/unprofessional.txt}.
 */
final class ForbiddenByLabel {

    private ForbiddenByLabel() {
    }

    /** Label cues of each forbidden behaviour. */
    private static final Map<String, Pattern> CUES = Map.of(
            "blame", Pattern.compile("\\b(sans (accuser|blamer|rejeter la faute|chercher (de |un )?coupable)|without (blaming|blame"
                    + "|accusing)|not blaming|no blame)\\b"),
            "discourage", Pattern.compile("\\b(sans (chercher a )?(le |la |les |l )?(dissuader|decourager)|without (discouraging"
                    + "|dissuading))\\b"),
            "promise", Pattern.compile("\\b(sans (promesses?|fausses? (promesses?|reassurances?)|garantie)|without (false |unfounded )?"
                    + "(promises?|reassurance|guarantees?)|no false (promises?|reassurance))\\b"));

    private static final Map<String, List<Pattern>> SAYINGS = load();

    /** The student's sentence that does what the item's label forbids, or null. */
    static String violated(Rubric.Item item, List<TranscriptTurn> transcript) {
        String label = Words.plain(item.label());
        for (Map.Entry<String, Pattern> cue : CUES.entrySet()) {
            if (!cue.getValue().matcher(label).find()) {
                continue;
            }
            for (TranscriptTurn t : transcript) {
                if (t.speaker() != TranscriptTurn.Speaker.STUDENT || t.text() == null) {
                    continue;
                }
                for (String sentence : t.text().split("(?<=[.!?;])\\s+")) {
                    String folded = Words.plain(sentence);
                    // "Je ne peux pas vous promettre que vous allez guérir" says what it does not promise ([promise-not]).
                    if (SAYINGS.getOrDefault(cue.getKey(), List.of()).stream().anyMatch(p -> p.matcher(folded).find())
                            && SAYINGS.getOrDefault(cue.getKey() + "-not", List.of()).stream().noneMatch(p -> p.matcher(folded).find())) {
                        return sentence.strip();
                    }
                }
            }
        }
        return null;
    }


    private static Map<String, List<Pattern>> load() {
        String resource = "/scoring/unprofessional.txt";
        try (InputStream in = ForbiddenByLabel.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + resource);
            }
            Map<String, List<Pattern>> out = new LinkedHashMap<>();
            String section = null;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip).toList()) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("[") && line.endsWith("]")) {
                    section = line.substring(1, line.length() - 1);
                    out.put(section, new ArrayList<>());
                } else if (section != null) {
                    out.get(section).add(Pattern.compile(line));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
