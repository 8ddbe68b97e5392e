package org.oscetrainer.patient.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.oscetrainer.catalog.Scenario.Fact;
import org.oscetrainer.common.Words;

/**
 * Finds the scripted fact a question asks for by comparing the question's word stems with each
 * fact's example phrasings. A fact scores the better of: how well its closest phrasing is covered
 * by the question, and (when at least two words meet) how much of the question its phrasings cover
 * together. Below the confidence threshold there is no match: the patient then says it does not
 * know, as a real patient would, rather than guess. A fact whose disclosure is {@code specific} is
 * only matched by a question close to one of its own phrasings.
 */
public class FactMatcher {

    /** Minimum score for a match: most of a phrasing's meaningful words must be in the question. */
    public static final double THRESHOLD = 0.5;

    /** Minimum score for a fact whose disclosure is {@code specific}: a close match to one of its phrasings. */
    public static final double SPECIFIC_THRESHOLD = 0.75;

    private final List<Entry> entries = new ArrayList<>();

    public FactMatcher(List<Fact> facts) {
        for (Fact fact : facts) {
            List<Set<String>> phrasings = new ArrayList<>();
            Set<String> vocabulary = new LinkedHashSet<>();
            for (String phrasing : fact.ask()) {
                Set<String> stems = new LinkedHashSet<>(Words.stems(phrasing));
                if (!stems.isEmpty()) {
                    phrasings.add(stems);
                    vocabulary.addAll(stems);
                }
            }
            entries.add(new Entry(fact, phrasings, vocabulary, Fact.SPECIFIC.equals(fact.disclosure())));
        }
    }

    public record Match(Fact fact, double score) {
    }

    public Optional<Match> bestMatch(String question) {
        Set<String> asked = new LinkedHashSet<>(Words.stems(question));
        if (asked.isEmpty()) {
            return Optional.empty();
        }
        Match best = null;
        for (Entry entry : entries) {
            double score = entry.score(asked);
            if (entry.specific() && score < SPECIFIC_THRESHOLD) {
                continue;
            }
            if (score > 0 && (best == null || score > best.score())) {
                best = new Match(entry.fact(), score);
            }
        }
        return Optional.ofNullable(best).filter(m -> m.score() >= THRESHOLD);
    }

    private static int shared(Set<String> asked, Set<String> stems) {
        int shared = 0;
        for (String stem : stems) {
            if (asked.stream().anyMatch(a -> Words.sameStem(a, stem))) {
                shared++;
            }
        }
        return shared;
    }

    private record Entry(Fact fact, List<Set<String>> phrasings, Set<String> vocabulary, boolean specific) {

        double score(Set<String> asked) {
            double best = 0;
            for (Set<String> phrasing : phrasings) {
                int shared = shared(asked, phrasing);
                if (shared > 0) {
                    best = Math.max(best, 0.75 * shared / phrasing.size() + 0.25 * shared / asked.size());
                }
            }
            int covered = (int) asked.stream().filter(a -> vocabulary.stream().anyMatch(v -> Words.sameStem(a, v))).count();
            if (covered >= 2 && !specific) {
                best = Math.max(best, 0.9 * covered / asked.size());
            }
            return best;
        }
    }
}
