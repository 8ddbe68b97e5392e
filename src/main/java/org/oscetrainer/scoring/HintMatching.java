package org.oscetrainer.scoring;

import java.util.List;
import java.util.regex.Pattern;
import org.oscetrainer.common.TermAnalyzer;
import org.oscetrainer.common.Typos;
import org.oscetrainer.common.Words;

/**
 * Whether a sentence says an evidence hint: every term of the hint among the sentence's terms, after the same Lucene
 * analysis as the scripted patient ({@link TermAnalyzer}: stemming, lay and medical synonyms, French elisions), a
 * one-letter typo forgiven in longer words ({@link Typos}; under six letters only two swapped letters, as "right" is not
 * "tight"); a hint made only of common words ("déjà eu") must appear as such.
 */
final class HintMatching {

    private HintMatching() {
    }

    /** Whether one of the sentences says an evidence hint (as the grader reads hints, without the item's own rules). */
    static boolean says(String hint, TermAnalyzer analyzer, List<AnalysedSentence> sentences) {
        List<String> terms = terms(hint, analyzer);
        String phrase = folded(hint);
        return sentences.stream().anyMatch(s -> terms.isEmpty() ? s.folded().contains(phrase) : matches(terms, s));
    }

    /** Words that ask, with nothing of what is asked: "who", "how", « qui », « comment ». */
    private static final java.util.Set<String> ASKING_WORDS = java.util.Set.of("who", "what", "how", "when", "where", "which", "why",
            "qui", "quoi", "comment", "quand", "ou", "quel", "quelle", "pourquoi");

    /**
     * The terms a hint is matched by: none (the hint then must appear as such) when the analysis leaves only a word that
     * asks ("who you are to" is not any question with "who" in it).
     */
    static List<String> terms(String hint, TermAnalyzer analyzer) {
        List<String> terms = analyzer.terms(apart(hint));
        return ASKING_WORDS.containsAll(terms) ? List.of() : terms;
    }

    /** A text's words folded (no accents, lower case), one space apart and one on each side: " deja eu ". */
    static String folded(String text) {
        return " " + Words.plain(text) + " ";
    }

    /**
     * Whether a sentence says every term of a hint. The words of an everyday phrase ("je comprends",
     * "plans for the weekend") do not count alone, but they do with the hint's other words: "je
     * comprends votre colère" says the hint "comprends votre colère".
     */
    /**
     * A hint that asks whether it happened before (« déjà chuté », « déjà eu maux de tête », "like this before"): the
     * analysis drops « déjà » as a common word, so « Vous êtes tombée ? » would say « déjà tombée », and « juste avant de
     * tomber » would say « tombée avant ». The sentence must ask about an earlier time too (not the moment just before).
     */
    private static final Pattern BEFORE_HINT = Pattern.compile(" (deja|already|ever|before|avant|auparavant) ");

    private static final Pattern BEFORE = Pattern.compile("\\b(deja|avant(?! (de|d|que|qu)\\b)|auparavant|precedente?s?|anterieure?s?|autres? fois"
            + "|autres? chutes?|premiere fois|d habitude|deja|already|ever|(?<!just |right )befor(e)?(?! (the|falling|fall|(you|he|she|it) (fell|fall|fainted|collapsed|went down))\\b)|previous(ly)?|again|encore|first time|in the past"
            + "|par le passe|recurren[a-z]*|other times?|souvent|often|frequently|regulierement)\\b");

    /** Whether the sentence says a hint about before ({@link #BEFORE_HINT}) as about before, or the hint is not one. */
    static boolean sameTime(String foldedHint, AnalysedSentence sentence) {
        return !BEFORE_HINT.matcher(foldedHint).find() || BEFORE.matcher(sentence.folded().replace('\'', ' ')).find();
    }

    static boolean matches(List<String> terms, AnalysedSentence sentence) {
        boolean anyOwn = false;
        for (String t : terms) {
            boolean own = sentence.terms().stream().anyMatch(s -> sameWord(s, t));
            if (!own && !sentence.everydayTerms().stream().anyMatch(s -> sameWord(s, t))) {
                return false;
            }
            anyOwn |= own;
        }
        return anyOwn;
    }

    /** A hint that says a denial ("sans opération", "without surgery", "no hypnotic"): its meaning is the thing denied. */
    private static final Pattern DENYING_HINT = Pattern.compile(
            " (sans|without|no|not|ne|pas|rien|never|jamais|aucun|aucune|none|nothing) ");

    static boolean denying(String foldedHint) {
        return DENYING_HINT.matcher(foldedHint).find();
    }

    /**
     * Whether a sentence says a denying hint: its words under a denial of the student's ("Vous pouvez choisir de ne pas
     * être opérée" says "sans opération"; "interne en chirurgie" does not).
     */
    static boolean saysDenied(List<String> terms, AnalysedSentence sentence, TermAnalyzer analyzer) {
        String text = folded(sentence.sentence().text());
        if (!DENYING_HINT.matcher(text).find() && !text.contains(" n ")) {
            return false;
        }
        List<String> said = analyzer.terms(apart(sentence.sentence().text()));
        return terms.stream().allMatch(t -> said.stream().anyMatch(w -> sameWord(w, t)));
    }

    /**
     * Words the shared analysis would confuse with another ("medical" and "medication" share the stem
     * "medic", so "any medical problems?" read as asking about medicines): kept apart for the grader.
     */
    private static final Pattern CONFUSED_STEMS = Pattern.compile(
            "(?i)\\bmedical(?= (history|problems?|conditions?|illness(es)?|issues?|background|record))");

    static String apart(String text) {
        return CONFUSED_STEMS.matcher(text).replaceAll("medicalhx");
    }

    /** Shortest word forgiven a typo or read as the beginning of a longer one: "right" is not "tight". */
    static final int TYPO_MIN_LENGTH = 6;

    static boolean sameWord(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        if (Math.min(a.length(), b.length()) >= TYPO_MIN_LENGTH) {
            // A slip seldom falls on the first letter, where another word begins: "douleur" is not "couleur".
            return a.charAt(0) == b.charAt(0) && Typos.sameWord(a, b);
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
}
