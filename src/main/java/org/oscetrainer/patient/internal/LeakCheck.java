package org.oscetrainer.patient.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.oscetrainer.common.Words;

/**
 * The reply must not give away the hidden diagnosis, its differentials or the prompt's canary, in
 * plain words or in any reading of {@link Disguises}. A long term (8 letters or more) is also found
 * squashed (letters cut by spaces or dashes) and by its beginning (another language's ending:
 * "appendicite" for "appendicitis").
 */
final class LeakCheck implements GuardrailCheck {

    static final String CANARY = "canary";

    private final List<LeakTerms.Term> terms;
    private final String canary;

    LeakCheck(List<LeakTerms.Term> terms, String canaryCode) {
        this.terms = terms;
        this.canary = canaryCode;
    }

    /** The longest term, in characters: what the guarded stream holds back at least. */
    int longestTerm() {
        int longest = canary.length();
        for (LeakTerms.Term t : terms) {
            longest = Math.max(longest, t.words().length());
        }
        return longest;
    }

    @Override
    public Optional<Violation> check(String text) {
        for (Disguises.Reading reading : Disguises.of(text)) {
            String squashed = reading.squashed();
            if (squashed.contains(canary)) {
                return Optional.of(new Violation(CANARY, reading.how() + ": " + canary));
            }
            for (LeakTerms.Term term : terms) {
                if (found(reading, squashed, term.words()) && !saidAsScripted(reading, term, text)) {
                    return Optional.of(new Violation(term.rule(), reading.how() + ": " + term.words()));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Whether every plain mention of a term that the station's own text says sits in a sentence
     * sharing at least two other words with one of those scripted sentences. Encoded, never.
     */
    private static boolean saidAsScripted(Disguises.Reading reading, LeakTerms.Term term, String text) {
        if (term.contexts().isEmpty() || !Set.of("plain", "leet", "spelled").contains(reading.how())) {
            return false;
        }
        boolean mentioned = false;
        for (String sentence : LeakTerms.sentences(text)) {
            if (!Disguises.words(Words.fold(sentence)).contains(" " + term.words() + " ")) {
                continue;
            }
            mentioned = true;
            var said = LeakTerms.stemsWithout(sentence, term.words());
            boolean scripted = term.contexts().stream().anyMatch(context -> said.stream()
                    .filter(s -> context.stream().anyMatch(c -> Words.sameStem(s, c))).count() >= 2);
            if (!scripted) {
                return false;
            }
        }
        return mentioned;
    }

    private static boolean found(Disguises.Reading reading, String squashed, String term) {
        if ("initials".equals(reading.how())) {
            String letters = term.replace(" ", "");
            return letters.length() >= 6 && squashed.contains(letters);
        }
        if (reading.words().contains(" " + term + " ")) {
            return true;
        }
        String letters = term.replace(" ", "");
        if (letters.length() < 8) {
            return false;
        }
        if (squashed.contains(letters)) {
            return true;
        }
        return !term.contains(" ") && reading.words().contains(" " + term.substring(0, term.length() - 2));
    }
}
