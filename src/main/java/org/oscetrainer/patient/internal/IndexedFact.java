package org.oscetrainer.patient.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.oscetrainer.catalog.Scenario.Fact;
import org.oscetrainer.common.TermAnalyzer;
import org.oscetrainer.common.Typos;

/**
 * A scripted fact as the {@link FactMatcher} weighs it: the terms of each of its phrasings, of all of them
 * ({@code vocabulary}) and of its text, whether its disclosure is {@code specific}, and the sentences of its text
 * that name relatives; and the confidence (0 to 1) that a question's terms ask for it.
 */
record IndexedFact(Fact fact, List<Set<String>> phrasings, Set<String> vocabulary, Set<String> text,
        boolean specific, List<Told> told) {

    /** Weight of the question's coverage of the closest phrasing, against the phrasing's coverage. */
    private static final double QUESTION_SHARE = 0.25;

    /** The question's terms found in a fact's text alone count this much (its phrasings count 1). */
    private static final double TEXT_WEIGHT = 0.5;

    /** A sentence of a fact's text that names relatives: which, and its terms. */
    record Told(Set<String> relations, Set<String> terms) {
    }

    static IndexedFact of(Fact fact, TermAnalyzer analyzer) {
        return of(fact, analyzer, java.util.Map.of());
    }

    /** As {@link #of(Fact, TermAnalyzer)}; a sentence that names a relative by a first name of {@code names} names them too. */
    static IndexedFact of(Fact fact, TermAnalyzer analyzer, java.util.Map<String, String> names) {
        List<Set<String>> phrasings = new ArrayList<>();
        Set<String> vocabulary = new LinkedHashSet<>();
        for (String phrasing : fact.ask()) {
            Set<String> terms = new LinkedHashSet<>(analyzer.terms(phrasing));
            if (!terms.isEmpty()) {
                phrasings.add(terms);
                vocabulary.addAll(terms);
            }
        }
        List<Told> told = new ArrayList<>();
        // A sentence that names a relative, with its neighbours: "Mon compagnon, je ne sais pas" follows the blood group.
        String[] sentences = fact.text().split("[.!?;…]+");
        for (int k = 0; k < sentences.length; k++) {
            Set<String> relations = new LinkedHashSet<>(Relatives.relations(sentences[k]));
            relations.addAll(Relatives.byName(sentences[k], names));
            relations.addAll(Relatives.acquaintances(org.oscetrainer.common.Words.fold(sentences[k])));
            if (!relations.isEmpty()) {
                Set<String> terms = new LinkedHashSet<>();
                for (int n = Math.max(0, k - 1); n <= Math.min(sentences.length - 1, k + 1); n++) {
                    terms.addAll(analyzer.terms(sentences[n]));
                }
                // and what follows about them ("J'ai une fille. … Elle est ma personne de confiance.")
                for (int n = k + 2; n < sentences.length && Relatives.speaksOfThem(sentences[n])
                        && Relatives.relations(sentences[n]).isEmpty() && Relatives.byName(sentences[n], names).isEmpty(); n++) {
                    terms.addAll(analyzer.terms(sentences[n]));
                }
                told.add(new Told(relations, terms));
            }
        }
        return new IndexedFact(fact, phrasings, vocabulary, new LinkedHashSet<>(analyzer.terms(fact.text())),
                Fact.SPECIFIC.equals(fact.disclosure()), told);
    }

    /** {@code term} is one of {@code in}, or a word one typo away. */
    static boolean found(String term, Set<String> in) {
        return in.stream().anyMatch(t -> Typos.sameWord(term, t));
    }

    /** The fact's phrasings or text say {@code term}. */
    boolean explains(String term) {
        return found(term, vocabulary) || found(term, text);
    }

    double confidence(Set<String> asked) {
        return confidence(asked, Set.of());
    }

    /**
     * The better of: how well its closest phrasing is covered by the question, and how much of the question its
     * phrasings (and, at half weight, its text) cover together; with the {@code generic} words of an examination
     * request left out of the phrasings too: "je vais appuyer sur la rotule" says all of "palper la rotule" but how.
     */
    double confidence(Set<String> asked, Set<String> generic) {
        double best = 0;
        for (Set<String> written : phrasings) {
            Set<String> phrasing = written;
            if (!generic.isEmpty()) {
                phrasing = new LinkedHashSet<>(written);
                phrasing.removeIf(p -> generic.stream().anyMatch(g -> Typos.sameWord(p, g)));
                if (phrasing.isEmpty()) {
                    phrasing = written;
                }
            }
            long shared = phrasing.stream().filter(p -> found(p, asked)).count();
            if (shared > 0) {
                best = Math.max(best, (1 - QUESTION_SHARE) * shared / phrasing.size()
                        + QUESTION_SHARE * Math.min(shared, asked.size()) / asked.size());
            }
        }
        if (!specific) {
            int inPhrasings = 0;
            double covered = 0;
            for (String term : asked) {
                if (found(term, vocabulary)) {
                    inPhrasings++;
                    covered++;
                } else if (found(term, text)) {
                    covered += TEXT_WEIGHT;
                }
            }
            if (inPhrasings >= 1 && covered >= 2) {
                best = Math.max(best, 0.9 * covered / asked.size());
            }
        }
        return best;
    }
}
