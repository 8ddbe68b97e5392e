package org.oscetrainer.patient.internal;

import java.util.List;
import org.oscetrainer.common.Words;

/**
 * A reply (or the reply so far) as the checks read it: its text, and the forms of it several checks read, each made
 * at most once per text however many checks read it: its readings ({@link Disguises#of}), its text folded
 * ({@link #folded}), without markup ({@link #visible}), and folded without markup ({@link #foldedVisible},
 * {@link #foldedPlain}), and its words as the phrase checks read them ({@link #foldedWords}). The guard checks the
 * reply so far every few words with a dozen checks; before, each check folded the whole text again on its own
 * (docs/performance.md). A new check takes the form it needs from here rather than folding {@link #text} itself.
 * Not thread-safe: one check of one text on one thread.
 */
final class ReplyText {

    private final String text;
    private List<Disguises.Reading> readings;
    private String words;
    private String folded;
    private String visible;
    private String plain;
    private String foldedPlain;
    private String foldedVisible;

    ReplyText(String text) {
        this.text = text;
    }

    String text() {
        return text;
    }

    /** {@link Words#fold} of the text: lower case, no accents (the examiner's labels, numbers in words). */
    String folded() {
        if (folded == null) {
            folded = Words.fold(text);
        }
        return folded;
    }

    /** {@link Disguises#stripMarkup} of the text: no tags, entities, emphasis marks or invisible characters. */
    String visible() {
        if (visible == null) {
            visible = Disguises.stripMarkup(text);
        }
        return visible;
    }

    /** {@link #visible} with curly single quotes made straight. */
    String plain() {
        if (plain == null) {
            plain = visible().replace('’', '\'').replace('‘', '\'');
        }
        return plain;
    }

    /** {@link Disguises#fold} of {@link #plain}: what the phrase checks cut into words. */
    String foldedPlain() {
        if (foldedPlain == null) {
            foldedPlain = Disguises.fold(plain());
        }
        return foldedPlain;
    }

    /** {@link Disguises#fold} of {@link #visible} (curly quotes as the fold reads them). */
    String foldedVisible() {
        if (foldedVisible == null) {
            foldedVisible = plain().equals(visible()) ? foldedPlain() : Disguises.fold(visible());
        }
        return foldedVisible;
    }

    /**
     * The reply's words as the phrase checks read them ({@link PhraseSections}): folded (lower case, no accents),
     * apostrophes and hyphens as spaces, " | " where a sentence or clause ends, a space before and after.
     */
    String foldedWords() {
        if (words == null) {
            words = PhraseSections.wordsOfFolded(foldedPlain());
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
