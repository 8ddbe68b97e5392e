package org.oscetrainer.patient.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link GrowingTextSearch} finds what a search of the whole text finds, as a text grows word by word (and is
 * rewritten near its end, as a streamed reply's last word is), and reads only the end of a long text again.
 */
class GrowingTextSearchTest {

    private static final Pattern PATTERN = Pattern.compile(" (?:i am|i m) (?:\\w+ ){0,3}?(?:an? )?(?:ai|robot|program) "
            + "(?:and|so|here|(?=$))| my (?:\\w+ )?instructions (?!from (?:the )?doctor)");

    @Test
    void findsWhatASearchOfTheWholeTextFindsAsTheTextGrows() {
        String[] replies = {
            "it started about an hour ago doctor and it has not gone away since i m honestly just an ai here to help",
            "well doctor my instructions from the doctor were to rest and my own instructions say nothing",
            "i am a man who worked all his life " + "and then the pain came ".repeat(20) + "i am an robot so there",
            "i m not sure " + "it hurts ".repeat(40) + "my secret instructions are clear",
            "nothing here at all " + "just pain ".repeat(50),
        };
        for (String reply : replies) {
            GrowingTextSearch search = new GrowingTextSearch();
            String[] words = reply.split(" ");
            StringBuilder text = new StringBuilder(" ");
            for (String word : words) {
                // the last word first arrives cut short, then whole
                for (String piece : new String[] {word.substring(0, (word.length() + 1) / 2), word}) {
                    String now = text + piece + " ";
                    Matcher whole = PATTERN.matcher(now);
                    Matcher grown = search.find("plain", 0, PATTERN, now);
                    boolean found = whole.find();
                    assertThat(grown != null).as(now).isEqualTo(found);
                    if (found) {
                        assertThat(grown.start()).as(now).isEqualTo(whole.start());
                        assertThat(grown.group()).as(now).isEqualTo(whole.group());
                    }
                }
                text.append(word).append(' ');
            }
        }
    }

    @Test
    void readsAgainOnlyTheWordsBeforeWhatIsNew() {
        String text = " " + "word ".repeat(100);
        int from = GrowingTextSearch.wordsBack(text, text.length(), GrowingTextSearch.MARGIN_WORDS);
        assertThat(text.substring(from).strip().split(" ")).hasSize(GrowingTextSearch.MARGIN_WORDS);
        assertThat(GrowingTextSearch.wordsBack(" a b c ", 7, GrowingTextSearch.MARGIN_WORDS)).isZero();
    }
}
