package org.oscetrainer.patient.internal;

import java.util.List;

/**
 * The words of an entry of a guard's word list, each a whole word or, written with a final {@code *}, the start of
 * one ({@code beyond-script.txt}, {@code other-languages.txt}).
 */
record MarkedWords(String[] words, boolean[] prefix) {

    /** The words as written, {@code *} marking a start. */
    static MarkedWords of(List<String> written) {
        String[] words = new String[written.size()];
        boolean[] prefix = new boolean[written.size()];
        for (int k = 0; k < words.length; k++) {
            prefix[k] = written.get(k).endsWith("*");
            words[k] = written.get(k).replace("*", "");
        }
        return new MarkedWords(words, prefix);
    }
}
