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

    ReplyText(String text) {
        this.text = text;
    }

    String text() {
        return text;
    }

    List<Disguises.Reading> readings() {
        if (readings == null) {
            readings = Disguises.of(text);
        }
        return readings;
    }
}
