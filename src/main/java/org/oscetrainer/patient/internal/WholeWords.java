package org.oscetrainer.patient.internal;

import java.util.regex.Pattern;

/** A pattern of whole words in folded text (lower case, no accents): no letter just before or after. */
final class WholeWords {

    private WholeWords() {
    }

    static Pattern of(String regex) {
        return Pattern.compile("(?<![a-z])(?:" + regex + ")(?![a-z])");
    }
}
