package org.oscetrainer.patient.internal;

import java.util.HashMap;
import java.util.Map;

/**
 * The senses of words for {@link OutOfCharacterReader} (guard19, {@code patient/reader-senses.txt}): "headset",
 * "earpiece" and « oreillette » are all the speaker's equipment ({@code @kit}), "wig" and « maquillage » their costume,
 * "switched" and "assigned" the case they were given. A reader of a reply learns that the speaker is a person at work
 * in a teaching exercise from what the words mean, whichever of them is used; the reader's weights are learnt from the
 * sets' labels, so a sense lets a word no set held weigh as its kin did. Whether each sense tells anything is the
 * training's business, measured leaving each set out.
 */
final class ReaderSenses {

    static final String RESOURCE = "/patient/reader-senses.txt";
    static final ReaderSenses SENSES = load();

    /** The shortest start of a word a list entry may give. */
    private static final int MIN_START = 4;

    private final Map<String, String> whole = new HashMap<>();
    private final Map<String, String> starts = new HashMap<>();
    /** The longest start in the list: no longer start of a word is looked up (a 5,000-letter token costs 1 look-up a length). */
    private int longestStart = MIN_START;

    private ReaderSenses() {
    }

    /** The sense of a folded word ({@code "@kit"}…), or null. */
    String of(String word) {
        String sense = whole.get(word);
        if (sense != null) {
            return sense;
        }
        for (int k = Math.min(word.length(), longestStart); k >= MIN_START; k--) {
            sense = starts.get(word.substring(0, k));
            if (sense != null) {
                return sense;
            }
        }
        return null;
    }

    private static ReaderSenses load() {
        ReaderSenses senses = new ReaderSenses();
        SectionedList.read(RESOURCE, (section, line) -> {
            String sense = "@" + section.substring(1, section.length() - 1);
            for (String item : line.strip().split("\\s+")) {
                boolean start = item.endsWith("*");
                String word = Disguises.fold(item.replace("*", ""));
                if (start && word.length() < MIN_START) {
                    throw new IllegalStateException(RESOURCE + ": a start shorter than " + MIN_START + ": " + item);
                }
                (start ? senses.starts : senses.whole).putIfAbsent(word, sense);
                if (start) {
                    senses.longestStart = Math.max(senses.longestStart, word.length());
                }
            }
        });
        return senses;
    }
}
