package org.oscetrainer.patient.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link TermLetterSearch} counts what {@link LeakCheck#occurrences} counts, term by term, overlaps included. */
class TermLetterSearchTest {

    @Test
    void countsEachTermsLettersAsASearchTermByTermDoes() {
        String[] terms = {"embolie", "emboliepulmonaire", "pulmonaire", "aaa", "aa", "ana", "anana", "lie", "bronchiolite",
            "lite", null, "ite", "tachycardie", "cardie", "die", "ie", "e"};
        TermLetterSearch search = new TermLetterSearch(terms);
        Random random = new Random(14);
        String letters = "abcdeilmnoprtuy";
        for (int n = 0; n < 2000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(60);
            for (int i = 0; i < length; i++) {
                if (random.nextInt(8) == 0) {
                    String term = terms[random.nextInt(terms.length)];
                    text.append(term == null ? "" : term);
                } else {
                    text.append(letters.charAt(random.nextInt(letters.length())));
                }
            }
            int[] counts = search.counts(text.toString());
            for (int t = 0; t < terms.length; t++) {
                int expected = terms[t] == null ? 0 : LeakCheck.occurrences(text.toString(), terms[t]);
                assertThat(counts[t]).as(terms[t] + " in " + text).isEqualTo(expected);
            }
        }
        assertThat(search.counts("emboliepulmonaire")[1]).isEqualTo(1);
        assertThat(search.counts("aaaa")[3]).isEqualTo(2);
    }
}
