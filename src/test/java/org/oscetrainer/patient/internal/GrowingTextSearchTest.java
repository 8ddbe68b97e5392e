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
    void anUnboundedPatternIsSearchedOnlyWhereItsRequiredStringsAreAndFindsWhatTheWholeTextHolds() {
        Pattern unbounded = Pattern.compile(" (?:role|script)(?: \\w+)* (?:ends|over) ");
        assertThat(MatchBlanks.of(unbounded)).isEqualTo(-1);
        assertThat(RequiredText.of(unbounded)).isNotNull();
        String[] replies = {
            "the pain is here " + "and it stays ".repeat(30) + "the role is now over and done",
            "my script said " + "nothing ".repeat(40) + "and then it ends here",
            "nothing to see " + "at all ".repeat(40),
            "rol" + "e ".repeat(3) + "scrip" + "t over ",
        };
        for (String reply : replies) {
            GrowingTextSearch search = new GrowingTextSearch();
            StringBuilder text = new StringBuilder(" ");
            for (String word : reply.split(" ")) {
                for (String piece : new String[] {word.substring(0, (word.length() + 1) / 2), word}) {
                    String now = text + piece + " ";
                    Matcher whole = unbounded.matcher(now);
                    Matcher grown = search.findAny("plain", 0, unbounded, now);
                    boolean found = whole.find();
                    assertThat(grown != null).as(now).isEqualTo(found);
                    if (found) {
                        assertThat(grown.group()).as(now).isEqualTo(whole.group());
                    }
                }
                text.append(word).append(' ');
            }
        }
    }

    @Test
    void boundsTheBlanksAMatchHoldsFromThePatternOrSaysItCannot() {
        assertThat(MatchBlanks.of(PATTERN)).isEqualTo(8);
        assertThat(MatchBlanks.of(Pattern.compile("a b"))).isEqualTo(1);
        assertThat(MatchBlanks.of(Pattern.compile("(?i:\\bfoo) (?!bar)"))).isEqualTo(3);
        assertThat(MatchBlanks.of(Pattern.compile("[^.!?\\n]{0,20}?x"))).isEqualTo(20);
        assertThat(MatchBlanks.of(Pattern.compile("\\Qfoo bar\\E x"))).isEqualTo(2);
        assertThat(MatchBlanks.of(Pattern.compile("\\w+ \\w+"))).isEqualTo(1);
        assertThat(MatchBlanks.of(Pattern.compile("a.*b"))).isEqualTo(-1);
        assertThat(MatchBlanks.of(Pattern.compile("(?: \\w+)+"))).isEqualTo(-1);
        assertThat(MatchBlanks.of(Pattern.compile("\\G a"))).isEqualTo(-1);
    }

    @Test
    void findsTheWordsASplitOfTheWholeTextFindsAsTheTextGrows() {
        String[] words = {"role", "brief", "a", "script"};
        String reply = "my role | is brief|ly said a b c briefing scriptwriter and the script | ends";
        GrowingTextSearch search = new GrowingTextSearch();
        StringBuilder text = new StringBuilder(" ");
        for (String word : reply.split(" ")) {
            text.append(word).append(' ');
            String now = text.toString();
            java.util.Set<String> tokens = new java.util.HashSet<>(java.util.List.of(now.replace("|", " ").strip().split(" +")));
            boolean[] held = search.holdWords("plain", words, now);
            for (int w = 0; w < words.length; w++) {
                assertThat(held[w]).as(now + " " + words[w]).isEqualTo(tokens.contains(words[w]));
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
