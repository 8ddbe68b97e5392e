package org.oscetrainer.patient.internal;

import java.util.List;

/**
 * A reply (or the reply so far) as the checks read it: its text, and its readings ({@link Disguises#of}),
 * made at most once however many checks read them (the leak and the out-of-character checks both do).
 * Not thread-safe: one check of one text on one thread.
 */
final class ReplyText {

    private final String text;
    private List<Disguises.Reading> readings;
    private String words;

    ReplyText(String text) {
        this.text = text;
    }

    String text() {
        return text;
    }

    /**
     * The reply's words as the phrase checks read them ({@link PhraseSections}): folded (lower case, no accents),
     * apostrophes and hyphens as spaces, " | " where a sentence or clause ends, a space before and after.
     */
    String foldedWords() {
        if (words == null) {
            words = PhraseSections.words(text);
        }
        return words;
    }

    List<Disguises.Reading> readings() {
        if (readings == null) {
            readings = Disguises.of(text);
        }
        return readings;
    }
}
