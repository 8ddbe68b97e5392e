package org.oscetrainer.patient.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.oscetrainer.catalog.HiddenDiagnosis;
import org.oscetrainer.catalog.Scenario;
import org.oscetrainer.catalog.StationFiles;

/**
 * perf23: what a station's {@link TermWords} remembers per reply word, kept in two generations (the older one read
 * after the younger fills up, instead of all forgotten at once), and the sound key of the last reply word remembered by
 * {@link Sounds#alike}, give for every word what comparing it afresh with every term word gives. Over 12,000 distinct
 * words (more than two generations hold: every turn of generations is passed at least twice), asked twice each in a
 * shuffled order (every 5th word and every term word compared afresh), on a station whose terms sound alike with
 * spellings a reader sounds out.
 */
class TermWordsMemoryTest {

    @Test
    void rememberedWordsSayWhatAFreshComparisonSays() throws Exception {
        String source = Files.readString(Path.of("scenarios/chest-pain-en.yaml"), StandardCharsets.UTF_8);
        Scenario scenario = StationFiles.scenario("chest-pain-en.yaml", source).orElseThrow();
        HiddenDiagnosis hidden = StationFiles.hiddenDiagnosis("chest-pain-en.yaml", source);
        List<LeakTerms.Term> terms = LeakTerms.of(hidden, scenario);
        Set<String> termWords = new LinkedHashSet<>();
        terms.forEach(t -> termWords.addAll(t.words()));
        TermWords memory = new TermWords(terms);
        List<String> replyWords = new ArrayList<>();
        for (String w : termWords) { // each term word, and words one sound, letter or ending away from it
            replyWords.add(w);
            replyWords.add(w.replace("ph", "f").replace("c", "k"));
            replyWords.add(w + "s");
            replyWords.add(new StringBuilder(w).reverse().toString());
        }
        for (int i = 0; replyWords.size() < 12_000; i++) {
            replyWords.add("word" + Integer.toString(i * 7919, 36) + "itis");
        }
        java.util.Collections.shuffle(replyWords, new java.util.Random(23));
        List<String> twice = new ArrayList<>(replyWords);
        twice.addAll(replyWords);
        String[] ids = new String[termWords.size()];
        int k = 0;
        for (String w : termWords) {
            ids[k++] = w; // TermWords numbers the distinct term words in the order the terms give them
        }
        int saidSome = 0;
        for (int from = 0; from < twice.size(); from += 40) {
            List<String> piece = twice.subList(from, Math.min(twice.size(), from + 40));
            TermWords.Said said = memory.said(piece);
            for (int w = 0; w < piece.size(); w++) {
                if ((from + w) % 5 != 0 && !termWords.contains(piece.get(w))) {
                    continue; // every 5th word, and every term word, compared afresh (time)
                }
                boolean any = false;
                for (int id = 0; id < ids.length; id++) {
                    boolean afresh = LeakCheck.matches(piece.get(w), ids[id]);
                    assertThat(said.says(w, id)).as(piece.get(w) + " / " + ids[id]).isEqualTo(afresh);
                    any |= afresh;
                }
                saidSome += any ? 1 : 0;
            }
        }
        assertThat(saidSome).as("words that say some term word (the comparison covers matches, not only misses)")
                .isGreaterThan(termWords.size());
    }

    @Test
    void aWordSoundsAlikeExactlyWhenItsKeyIsTheTermsWhateverWordCameBefore() {
        List<String> words = List.of("noomonya", "pneumonia", "apendisaitis", "appendicitis", "bronkiolite",
                "bronchiolite", "aaaaaaa", "infarctus", "infarktus", "myocardial", "miocardial", "x", "héllo");
        int alike = 0;
        for (String word : words) {
            for (String term : words) {
                for (String before : words) {
                    Sounds.alike(before, "pneumonia"); // another word's key remembered last
                    boolean expected = term.length() >= Sounds.MIN_TERM && word.length() >= 5 && !word.equals(term)
                            && Sounds.key(term) != null && Sounds.key(term).equals(Sounds.key(word));
                    assertThat(Sounds.alike(word, term)).as(word + " / " + term).isEqualTo(expected);
                    alike += expected ? 1 : 0;
                }
            }
        }
        assertThat(alike).isGreaterThan(0);
    }
}
