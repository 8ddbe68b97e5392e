package org.oscetrainer.scoring;

import java.util.List;
import java.util.regex.Matcher;
import org.oscetrainer.catalog.Rubric;
import org.oscetrainer.encounter.TranscriptTurn;

/**
 * What a communication or professionalism item is to be done without ("Explique les causes sans accuser un collègue",
 * "Indique les voies de réclamation sans chercher à la dissuader", "Accueille la colère sans se justifier"), and the
 * sentence in which the student does it anyway ("C'est l'infirmière des urgences qui aurait dû la reporter", "ce n'est
 * pas vraiment la peine", "on a quarante patients"): the examiners then give the item in part or not at all. Faults
 * and their words are listed by function in {@code scoring/item-faults.txt} (English and French).
 */
final class ItemFaults {

    private ItemFaults() {
    }

    static final List<ItemElements.Element> FAULTS = ItemElements.load("/scoring/item-faults.txt");

    private static final java.util.regex.Pattern SENTENCE = java.util.regex.Pattern.compile("[^.?!;\\n]+[.?!;]*");

    /** The first sentence of the student's in which they commit a fault the item's label forbids, or null. */
    static String committed(Rubric.Item item, List<TranscriptTurn> transcript) {
        if (!"communication".equals(item.category()) && !"professionalism".equals(item.category())) {
            return null;
        }
        String label = ItemElements.folded(item.label());
        List<ItemElements.Element> forbidden = FAULTS.stream().filter(f -> f.label().matcher(label).find()).toList();
        if (forbidden.isEmpty()) {
            return null;
        }
        for (TranscriptTurn turn : transcript) {
            if (turn.speaker() != TranscriptTurn.Speaker.STUDENT || turn.text() == null) {
                continue;
            }
            Matcher m = SENTENCE.matcher(turn.text());
            while (m.find()) {
                String said = " " + ItemElements.folded(m.group()) + " ";
                if (forbidden.stream().anyMatch(f -> f.said().matcher(said).find())) {
                    return m.group().strip();
                }
            }
        }
        return null;
    }
}
