package org.oscetrainer.patient.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.oscetrainer.common.Words;

/**
 * The forms of a reply the checks share ({@link ReplyText}) and the shortcuts taken for plain ASCII text give what the
 * checks computed on their own before: the same folded texts, the same words, the same place to cut a text for
 * showing ({@link LeakCheck#safeCut}) on every word of the frozen leak sets 1 to 8 as they grow.
 */
class SharedFoldedFormsTest {

    private static final Pattern WORD = Pattern.compile("\\S+\\s*");

    @Test
    void theSharedFormsAreWhatEachCheckMadeOfTheText() {
        for (String text : List.of("It started about an hour ago, doctor.", "C’est l’**appendicite**, docteur… ‘vraiment’",
                "<b>Pré</b>-éclampsie &amp; co", "Ｆｕｌｌｗｉｄｔｈ\u200b text — Ａ", "", "[Examiner: BP 120/80]")) {
            ReplyText reply = new ReplyText(text);
            String visible = Disguises.stripMarkup(text);
            String plain = visible.replace('’', '\'').replace('‘', '\'');
            assertThat(reply.folded()).as(text).isEqualTo(Words.fold(text));
            assertThat(reply.visible()).as(text).isEqualTo(visible);
            assertThat(reply.plain()).as(text).isEqualTo(plain);
            assertThat(reply.foldedPlain()).as(text).isEqualTo(Disguises.fold(plain));
            assertThat(reply.foldedVisible()).as(text).isEqualTo(Disguises.fold(visible));
            assertThat(reply.foldedWords()).as(text).isEqualTo(PhraseSections.words(text));
            assertThat(reply.folded()).as("made once").isSameAs(reply.folded());
        }
    }

    @Test
    void wordsAndLeetReadOneCharacterAtATimeAsTheRegexDid() {
        Pattern nonWord = Pattern.compile("[^a-z0-9]+");
        for (String folded : List.of("", " ", "--", "a", " a ", "it started, about 1 hour... ago!", "x\uD83D\uDE00y",
                "  leading and trailing  ", "état 37,5 ° c")) {
            assertThat(Disguises.words(folded)).as(folded)
                    .isEqualTo(" " + nonWord.matcher(folded).replaceAll(" ").strip() + " ");
        }
        assertThat(Disguises.unleet("h3ll0 w0rld! 4 $4l3 +1p €")).isEqualTo("hello worldi a sale tip e");
        assertThat(Words.fold("ÉTAT")).isEqualTo("etat");
        assertThat(Words.fold("State")).isEqualTo("state");
    }

    @Test
    void allusionsRememberedBySentenceAreTheAllusionsReadAfresh() throws Exception {
        java.util.function.Predicate<String> supported = w -> w.length() % 3 == 0;
        int found = 0;
        for (LeakSetReplies reply : LeakSetReplies.of(List.of("leak-replies", "leak-replies-4", "leak-replies-8"))) {
            if (reply.index() % 6 != 0) {
                continue;
            }
            java.util.Map<Object, List<Allusions.Allusion>> memory = new java.util.HashMap<>();
            String text = reply.text();
            Matcher word = WORD.matcher(text);
            while (word.find()) {
                String now = text.substring(0, word.end());
                List<String> words = Disguises.of(now).get(0).words();
                int[] sentence = ScriptSupportCheck.sentenceOfWord(now, words);
                int sentences = sentence == null ? 1 : sentence.length == 0 ? 0 : sentence[sentence.length - 1] + 1;
                boolean[] question = new boolean[sentences];
                for (int q = 0; q < sentences; q += 2) {
                    question[q] = true;
                }
                List<Allusions.Allusion> afresh = Allusions.LIST.of(words, sentence, question, supported);
                assertThat(Allusions.LIST.of(words, sentence, question, supported, memory)).as(now).isEqualTo(afresh);
                found += afresh.size();
            }
        }
        assertThat(found).as("allusions met").isGreaterThan(0);
    }

    @Test
    void theCutOfPlainAsciiTextIsTheCutOfTheFoldedText() throws Exception {
        int compared = 0;
        int shortened = 0;
        for (LeakSetReplies reply : LeakSetReplies.of(List.of("leak-replies", "leak-replies-2", "leak-replies-3",
                "leak-replies-4", "leak-replies-5", "leak-replies-6", "leak-replies-7", "leak-replies-8"))) {
            if (reply.index() % 8 != 0) {
                continue; // every eighth reply: all stations
            }
            LeakCheck leak = StationGuard.of(reply.scenario(), reply.hidden()).leak(false);
            String text = reply.text();
            Matcher word = WORD.matcher(text);
            while (word.find()) {
                // each cut the stream asks for: up to a word's end, and up to a word cut short
                for (int upTo : new int[] {word.end(), Math.max(0, word.end() - 2)}) {
                    int cut = leak.safeCut(text, upTo);
                    assertThat(cut).as(text.substring(0, upTo)).isEqualTo(leak.safeCutFolded(text, upTo));
                    compared++;
                    shortened += cut < upTo ? 1 : 0;
                }
            }
        }
        assertThat(compared).isGreaterThan(8_000);
        assertThat(shortened).as("texts held back before a term's beginning").isGreaterThan(50);
    }
}
