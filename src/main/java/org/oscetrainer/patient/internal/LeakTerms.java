package org.oscetrainer.patient.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oscetrainer.catalog.HiddenDiagnosis;
import org.oscetrainer.catalog.Scenario;
import org.oscetrainer.common.Words;

/**
 * The words that would give the hidden diagnosis away, derived as the catalog's leak check does
 * (the name without its bracketed part, and the bracketed part, often an acronym) and narrowed for
 * replies: the diagnosis's head (before its first comma, colon or "with"), its two-word phrases, its
 * distinctive single words (7 letters or more), the two-word phrases of long words after a colon ("Acute coronary
 * syndrome: inferior myocardial infarction"), and the heads of the differentials. Words the patient may say anyway,
 * because the persona, the facts or the findings say them, are left out.
 */
final class LeakTerms {

    static final String DIAGNOSIS = "leak:diagnosis";
    static final String DIFFERENTIAL = "leak:differential";

    /**
     * A term to look for: folded words separated by single spaces. When the station's own text says
     * it (an aunt's "embolie pulmonaire" in the family history), {@code contexts} holds the stems of
     * those scripted sentences: the patient may say the term again in such a sentence, not otherwise.
     */
    record Term(String rule, String words, List<Set<String>> contexts) {

        Term(String rule, String words) {
            this(rule, words, List.of());
        }
    }

    private static final Pattern BRACKET = Pattern.compile("\\(([^)]*)\\)");
    private static final Pattern HEAD_END = Pattern.compile(
            "[:;,(\\[]| - | (with|avec|par|sur|after|apres|compliquant|chez|due|secondary|secondaire|preceded|precedee?s?"
                    + "|decouverte?|caused|precipitated|induced|en attente) ");

    /** Words too common to give a diagnosis away alone. */
    private static final Set<String> GENERIC = Set.of("acute", "aigue", "aigu", "chronic", "chronique", "severe",
            "grave", "bilateral", "bilaterale", "droit", "droite", "gauche", "right", "left", "non", "uncomplicated",
            "complicated", "compliquee", "compliquees", "moyennement", "moderate", "inferior", "anterior", "posterior",
            "superior", "recurrent", "probable", "probably", "primary", "secondary", "infectious", "bacterial", "viral",
            "simple", "benign", "benigne", "isolee", "isolated", "forme", "form", "type", "stade", "stage", "other",
            "autre", "disease", "maladie", "syndrome", "new", "nouvelle", "episode", "episodique", "reduced",
            "without", "sans", "unlikely", "element", "elements", "possible", "suspected", "suspicion");

    private static final Set<String> FUNCTION_WORDS = Set.of("a", "an", "the", "of", "and", "or", "in", "on", "to",
            "de", "du", "des", "la", "le", "les", "l", "d", "et", "ou", "au", "aux", "en", "un", "une", "s");

    private LeakTerms() {
    }

    static List<Term> of(HiddenDiagnosis hidden, Scenario scenario) {
        Set<String> visible = visibleWords(scenario);
        String visibleText = Disguises.words(Words.fold(visibleText(scenario)));
        Set<Term> terms = new LinkedHashSet<>();
        if (hidden.diagnosis() != null && !hidden.diagnosis().isBlank()) {
            add(terms, DIAGNOSIS, hidden.diagnosis(), true, visible, visibleText, scenario);
        }
        for (String differential : hidden.differentialNames()) {
            for (String part : differential.split("/")) {
                add(terms, DIFFERENTIAL, part, false, visible, visibleText, scenario);
            }
        }
        return List.copyOf(terms);
    }

    private static void add(Set<Term> terms, String rule, String name, boolean singleWords, Set<String> visible,
            String visibleText, Scenario scenario) {
        String folded = Words.fold(name);
        List<String> phrases = new ArrayList<>();
        Matcher bracket = BRACKET.matcher(folded);
        while (bracket.find()) {
            for (String part : bracket.group(1).split("[,;]")) {
                phrases.add(words(HEAD_END.split(part + " ")[0]));
            }
        }
        String[] segments = folded.split("[:;]");
        String head = words(HEAD_END.split(segments[0] + " ")[0]);
        phrases.add(head);
        for (int k = 1; k < segments.length; k++) {
            String[] later = words(HEAD_END.split(segments[k].replaceAll("\\([^)]*\\)", " ") + " ")[0]).split(" ");
            for (int i = 0; i + 1 < later.length; i++) {
                if (later[i].length() >= 5 && later[i + 1].length() >= 5 && meaningful(later[i]) && meaningful(later[i + 1])) {
                    phrases.add(later[i] + " " + later[i + 1]);
                }
            }
        }
        String[] headWords = head.split(" ");
        for (int i = 0; i + 1 < headWords.length; i++) {
            if (meaningful(headWords[i]) && meaningful(headWords[i + 1])) {
                phrases.add(headWords[i] + " " + headWords[i + 1]);
            }
        }
        for (String phrase : phrases) {
            if (phrase.replace(" ", "").length() >= 3 && !allGeneric(phrase)) {
                terms.add(new Term(rule, phrase, visibleText.contains(" " + phrase + " ")
                        ? contexts(phrase, scenario) : List.of()));
            }
        }
        if (singleWords || headWords.length == 1) {
            for (String word : headWords) {
                if (word.length() >= 7 && meaningful(word)) {
                    terms.add(new Term(rule, word, visible.stream().anyMatch(v -> Words.sameStem(v, word))
                            ? contexts(word, scenario) : List.of()));
                }
            }
        }
    }

    /** The stems of the station's sentences that say {@code phrase}, without the phrase's own words. */
    static List<Set<String>> contexts(String phrase, Scenario scenario) {
        List<Set<String>> contexts = new ArrayList<>();
        for (String sentence : sentences(visibleText(scenario))) {
            if (Disguises.words(Words.fold(sentence)).contains(" " + phrase + " ")) {
                contexts.add(stemsWithout(sentence, phrase));
            }
        }
        return contexts;
    }

    static List<String> sentences(String text) {
        return List.of(text.split("(?<=[.!?;])\\s+|\\R"));
    }

    static Set<String> stemsWithout(String sentence, String phrase) {
        Set<String> stems = new LinkedHashSet<>(Words.stems(sentence));
        stems.removeAll(Words.stems(phrase));
        stems.removeIf(s -> s.length() < 4);
        return stems;
    }

    private static boolean meaningful(String word) {
        return !GENERIC.contains(word) && !FUNCTION_WORDS.contains(word) && word.length() >= 3;
    }

    private static boolean allGeneric(String phrase) {
        for (String w : phrase.split(" ")) {
            if (meaningful(w)) {
                return false;
            }
        }
        return true;
    }

    private static String words(String folded) {
        return Disguises.words(folded).strip();
    }

    private static Set<String> visibleWords(Scenario scenario) {
        Set<String> words = new LinkedHashSet<>();
        for (String w : Disguises.words(Words.fold(visibleText(scenario))).strip().split(" ")) {
            if (w.length() >= 4) {
                words.add(w);
            }
        }
        return words;
    }

    /** Everything the patient (or the examiner's findings) may say, and the door note the student reads. */
    static String visibleText(Scenario scenario) {
        StringBuilder text = new StringBuilder();
        var p = scenario.patient();
        append(text, scenario.doorNote(), p.name(), p.occupation(), p.personality(), p.openingLine(), p.unknownAnswer(),
                scenario.neutralFinding(), String.valueOf(p.age()));
        p.unprompted().forEach(u -> append(text, u));
        scenario.facts().forEach(f -> append(text, f.text()));
        scenario.findings().forEach(f -> append(text, f.text()));
        return text.toString();
    }

    private static void append(StringBuilder text, String... parts) {
        for (String part : parts) {
            if (part != null) {
                text.append(part).append('\n');
            }
        }
    }
}
