package org.oscetrainer.scoring;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.oscetrainer.catalog.Rubric;
import org.oscetrainer.common.TermAnalyzer;
import org.oscetrainer.common.Typos;
import org.oscetrainer.common.Words;
import org.oscetrainer.encounter.TranscriptTurn;

/**
 * The offline grader (no LLM; the default, and the fallback of the LLM grader): an item is done when
 * a sentence of the student's contains every term of one of the item's evidence hints. Sentences and
 * hints go through the same Lucene analysis as the scripted patient ({@link TermAnalyzer}: stemming,
 * lay and medical synonyms, French elisions) and a one-letter typo is forgiven in longer words
 * ({@link Typos}; under six letters only two swapped letters, as "right" is not "tight"); a hint made only of common words ("déjà eu") must appear as such. Sentences that decline to ask ("I won't ask about smoking") or are asides about the
 * student are skipped ({@link StudentSentences}). The earliest such sentence is the evidence, quoted
 * exactly. An item worth more than one point earns a point per distinct hint found, up to its maximum.
 * Only the student's own words count, never the patient's.
 */
public class ChecklistScorer implements Grader {

    public static final String NAME = "checklist-v2";

    @Override
    public Proposal grade(Rubric rubric, String language, List<TranscriptTurn> transcript) {
        return Proposal.offline(NAME, score(rubric, language, transcript));
    }

    public List<ItemScore> score(Rubric rubric, String language, List<TranscriptTurn> transcript) {
        TermAnalyzer analyzer = TermAnalyzer.forLanguage(language);
        List<Analysed> sentences = StudentSentences.of(transcript, language).stream()
                .map(s -> new Analysed(s, analyzer.terms(s.read()),
                        " " + Words.fold(s.read()).replaceAll("[^a-z0-9]+", " ").strip() + " "))
                .toList();
        List<ItemScore> scores = new ArrayList<>();
        for (Rubric.Item item : rubric.items()) {
            scores.add(score(item, analyzer, sentences));
        }
        return scores;
    }

    private static ItemScore score(Rubric.Item item, TermAnalyzer analyzer, List<Analysed> sentences) {
        Analysed first = null;
        String firstHint = null;
        Set<String> hintsFound = new LinkedHashSet<>();
        Set<Long> turnsFound = new LinkedHashSet<>();
        for (String hint : item.evidence()) {
            List<String> terms = analyzer.terms(hint);
            String phrase = " " + Words.fold(hint).replaceAll("[^a-z0-9]+", " ").strip() + " ";
            for (Analysed sentence : sentences) {
                if (!mayEarn(item, sentence.sentence())) {
                    continue;
                }
                if (terms.isEmpty() ? sentence.folded().contains(phrase)
                        : terms.stream().allMatch(t -> sentence.terms().stream().anyMatch(s -> sameWord(s, t)))) {
                    hintsFound.add(terms.isEmpty() ? phrase : String.join(" ", terms));
                    turnsFound.add(sentence.turn().id());
                    if (first == null || sentence.turn().seq() < first.turn().seq()) {
                        first = sentence;
                        firstHint = hint;
                    }
                }
            }
        }
        if (first == null) {
            return new ItemScore(item.id(), item.label(), item.category(), 0, item.points(), null, null, null,
                    "No sentence of the student's matches an evidence hint.", List.of());
        }
        // A communication item (empathy, rapport, checking understanding) shown in as many different turns
        // earns as many points: an examiner rates the behaviour, not the vocabulary.
        int shown = "communication".equals(item.category()) ? turnsFound.size() : 0;
        int points = Math.min(item.points(), Math.max(hintsFound.size(), shown));
        String rationale = "The student's words match the evidence hint \"" + firstHint + "\""
                + (hintsFound.size() > 1 ? " (" + hintsFound.size() + " hints in all)" : "") + ".";
        return new ItemScore(item.id(), item.label(), item.category(), points, item.points(), first.turn().id(),
                first.turn().seq(), first.sentence().text(), rationale, List.of());
    }

    /** Shortest word forgiven a typo or read as the beginning of a longer one: "right" is not "tight". */
    static final int TYPO_MIN_LENGTH = 6;

    static boolean sameWord(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        if (Math.min(a.length(), b.length()) >= TYPO_MIN_LENGTH) {
            return Typos.sameWord(a, b);
        }
        // Shorter words: only two letters swapped ("smkoe"), a slip that seldom makes another word.
        return a.length() == b.length() && a.length() >= Typos.MIN_LENGTH && swapped(a, b);
    }

    private static boolean swapped(String a, String b) {
        int i = 0;
        while (i < a.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                && a.substring(i + 2).equals(b.substring(i + 2));
    }

    /** Items about ideas, concerns and expectations: asked of the patient, never the student's own worry. */
    private static final java.util.regex.Pattern ICE = java.util.regex.Pattern.compile(
            ".*(concern|ideas|expectation|worr|inquiet|preoccup|idees|attente|craint).*");

    /**
     * Whether a sentence may earn an item: an introduction earns only communication items; a
     * statement about the student's own plans or feelings ("I'll make a note of that", "I'm worried
     * about your safety") earns no history item and no ideas-concerns-expectations item.
     */
    static boolean mayEarn(Rubric.Item item, StudentSentences.Sentence sentence) {
        String category = item.category() == null ? "" : item.category();
        if (sentence.introduction() && !"communication".equals(category)) {
            return false;
        }
        if (sentence.firstPerson() && ("history".equals(category) || ICE.matcher(item.id()).matches())) {
            return false;
        }
        return true;
    }

    /** A sentence, its analysed terms, and its folded words for hints made only of common words ("déjà eu"). */
    private record Analysed(StudentSentences.Sentence sentence, List<String> terms, String folded) {

        TranscriptTurn turn() {
            return sentence.turn();
        }
    }
}
