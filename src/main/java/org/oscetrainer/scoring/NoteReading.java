package org.oscetrainer.scoring;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.oscetrainer.catalog.Rubric;
import org.oscetrainer.common.TermAnalyzer;
import org.oscetrainer.common.Words;

/**
 * A note answer read against its question's answer key ({@code expected}), as an examiner reads it, rather than by
 * counting hints:
 * <ul>
 * <li>The hints are grouped into the <em>elements</em> of the key: hints found in the same clause of an expected line
 * ("activate the primary PCI pathway (cath lab) for reperfusion") are one element said in other words, so a plan that
 * names it three ways has one element, and one that names it once has as much.</li>
 * <li>A question that asks for the most likely diagnosis and what else to consider ("most likely diagnosis and three
 * differentials", "diagnostic principal et différentiels", "your diagnosis and the precipitating factors") is read
 * for its structure: the key's first line is the diagnosis. Full marks take that diagnosis as the student's leading
 * one and at least one other element of the key; the diagnosis alone, or named only as an alternative behind another
 * leading diagnosis ("Probably GORD, differential ACS", "Viral-induced wheeze, could be asthma", "Diagnostic : BPCO.
 * Différentiels : insuffisance cardiaque"), is half; without it, the answer is at most half and nothing when it
 * names fewer than two other elements.</li>
 * </ul>
 * A wrong or unsafe element ({@code wrong:}) said as the student's own costs a point afterwards ({@link ChecklistScorer}).
 */
final class NoteReading {

    private NoteReading() {
    }

    /** A question that asks for the leading diagnosis: "most likely diagnosis", "diagnostic principal", "your diagnosis". */
    private static final Pattern DIAGNOSIS_QUESTION = Pattern.compile("\\b(most likely|likely diagnosis|your diagnosis"
            + "|diagnosis and|diagnostic principal|diagnostic le plus probable|hypothese principale|cause la plus probable"
            + "|votre diagnostic|quel diagnostic|what is the diagnosis|leading diagnosis|working diagnosis)\\b");

    /**
     * Words that put what follows as an alternative, not the leading diagnosis: "differential", "could be", "exclude",
     * "à éliminer", "moins probable".
     */
    static final Pattern ALTERNATIVE = Pattern.compile("\\b(differentials?|ddx|dd|differentiels?|alternatives?"
            + "|could (also )?be|might (also )?be|may (also )?be|vs|versus|exclude|to exclude|rule out|less likely|also consider"
            + "|consider|eliminer|a eliminer|moins probables?|pourrait etre|peut etre|a evoquer|evoquer|autres? hypotheses?"
            + "|sinon|or|ou|or else|other causes?|autres? causes?)\\b");

    /** Words that introduce a list of other diagnoses: "differentials", "exclude", "or", "à éliminer". */
    private static final Pattern OTHERS = Pattern.compile("\\b(differentials?|ddx|dd|differentiels?|alternatives?|vs|versus|exclude"
            + "|to exclude|rule out|eliminer|a eliminer|or|ou|could (also )?be|might (also )?be)\\b");

    /** Where the elements of an expected line part: commas, semicolons, colons and "and". */
    private static final Pattern KEY_CLAUSE = Pattern.compile("\\s*(,|;| and | et | puis | then | plus )\\s*");

    /** Whether a note question asks for the leading diagnosis and what else to consider. */
    static boolean asksDiagnosis(Rubric.NoteItem item) {
        return item.expected() != null && item.expected().size() >= 2
                && DIAGNOSIS_QUESTION.matcher(Words.fold(item.question()).replaceAll("[^a-z0-9]+", " ")).find();
    }

    /**
     * The points an answer earns by the elements of the key it says, or null when the key cannot be read (no expected
     * lines). {@code sentences} are the answer's sentences as the grader reads them.
     */
    static Integer points(Rubric.NoteItem item, TermAnalyzer analyzer, List<AnalysedSentence> sentences) {
        if (item.expected() == null || item.expected().isEmpty() || item.points() < 2 || !asksDiagnosis(item)) {
            return null;
        }
        List<String> hints = item.evidence();
        boolean[] main = key(item, analyzer).main();
        boolean mainSaid = false;
        for (int h = 0; h < hints.size(); h++) {
            mainSaid |= main[h] && HintMatching.says(hints.get(h), analyzer, sentences);
        }
        if (!mainSaid) {
            return null;
        }
        int[] read = leads(hints, main, analyzer, sentences);
        // The diagnosis named only as an alternative behind another leading one is half the answer; otherwise the elements said
        // are counted as before (null).
        return read[0] == 1 ? null : item.points() / 2;
    }

    /**
     * The points of an answer whose leading diagnosis is not the station's ({@link DiagnosisReading}): {@code rest} is the
     * answer without it. Half when the diagnosis is named elsewhere (as an alternative) or another element of the key is; nothing otherwise (the wrong diagnosis's words earn nothing).
     */
    static int behindWrongLead(Rubric.NoteItem item, TermAnalyzer analyzer, List<AnalysedSentence> rest) {
        Key key = key(item, analyzer);
        Set<Integer> others = new LinkedHashSet<>();
        boolean mainSaid = false;
        for (int h = 0; h < item.evidence().size(); h++) {
            if (HintMatching.says(item.evidence().get(h), analyzer, rest)) {
                if (key.main()[h]) {
                    mainSaid = true;
                } else {
                    others.add(key.element()[h]);
                }
            }
        }
        return mainSaid || !others.isEmpty() ? item.points() / 2 : 0;
    }

    /** Where the things of an expected line part, for reading them one by one: the key's clauses, and colons and "or". */
    private static final Pattern ELEMENT_CLAUSE = Pattern.compile("\\s*(,|;|:| and | et | puis | then | plus | or | ou | with | avec )\\s*");

    /** The most words that say something in a clause of the key that names one thing ("ECG", "bilan hépatique", "call 999"). */
    private static final int ELEMENT_TERMS = 4;

    /** How many things of the key, in its own words, make part of an answer (one alone may be a word of the context). */
    private static final int ELEMENTS_FOR_PART = 2;

    /**
     * The first sentence of the answer that says things of the answer key in the key's own words though no hint names them
     * ("ECG, chest X-ray, refer to cardiology" where the hints are "echocardiogram" and "heart team"; « bilan hépatique,
     * noter l'allergie dans le dossier »), or null: at least two short clauses of the expected lines (brackets aside) whose
     * every word a sentence of the answer says, affirmed (a denial hides them).
     */
    static String keyElementsSaid(Rubric.NoteItem item, TermAnalyzer analyzer, List<AnalysedSentence> sentences) {
        List<String> found = keyElementsFound(item, analyzer, sentences);
        return found.size() >= ELEMENTS_FOR_PART ? found.get(0) : null;
    }

    /**
     * The short clauses of the expected lines (brackets aside) whose every word a sentence of the answer says: for each, the
     * first sentence that says it (one entry per clause found, so a sentence may come more than once).
     */
    static List<String> keyElementsFound(Rubric.NoteItem item, TermAnalyzer analyzer, List<AnalysedSentence> sentences) {
        if (item.expected() == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        Set<List<String>> found = new LinkedHashSet<>();
        for (String line : item.expected()) {
            for (String clause : ELEMENT_CLAUSE.split(Words.fold(line).replaceAll("\\([^)]*\\)", " "))) {
                List<String> terms = analyzer.terms(HintMatching.apart(clause)).stream().distinct().toList();
                if (terms.isEmpty() || terms.size() > ELEMENT_TERMS) {
                    continue;
                }
                for (AnalysedSentence sentence : sentences) {
                    if (terms.stream().allMatch(t -> sentence.terms().stream().anyMatch(w -> HintMatching.sameWord(w, t)))) {
                        if (found.add(terms)) {
                            out.add(sentence.sentence().text());
                        }
                        break;
                    }
                }
            }
        }
        return out;
    }

    /** How many of the key's own words, besides its question's, make an answer partly right though it names no element. */
    static final int KEY_WORDS_FOR_PART = 4;

    /** A question that asks for a summary of the case: "Summarise the case", "Present your findings", « Résumez », « la trace ». */
    private static final Pattern SUMMARY_QUESTION = Pattern.compile("\\b(summari[sz]e|summary|present your findings|resume[zr]?"
            + "|redigez la trace)\\b");

    /** Whether a note question asks the student to sum the case up (not for a diagnosis or a plan). */
    static boolean asksSummary(Rubric.NoteItem item) {
        return SUMMARY_QUESTION.matcher(Words.fold(item.question()).replaceAll("[^a-z0-9]+", " ")).find();
    }

    /**
     * The first sentence of a summary that says at least {@link #KEY_WORDS_FOR_PART} distinct words of the answer key's
     * expected lines (words of the question aside, a denial hiding what it denies), or null. An examiner gives a thin but
     * relevant answer part of the points ("Thin: duration, fall and a dipstick", « Mécanisme et gonflement seulement : en
     * partie »): a summary that says the patient's age, the symptom and a finding in its own words is partly right though
     * it names none of the hints; one that shares a few words with the key ("breathless", "genou droit") is not. Only
     * summaries: a plan or a differential in the key's words but without its elements is often the wrong one, which the
     * examiners give nothing (measured: 36 plans broken for 9 mended).
     */
    static String keyWordsShared(Rubric.NoteItem item, TermAnalyzer analyzer, List<AnalysedSentence> sentences) {
        if (item.expected() == null || item.expected().isEmpty() || !asksSummary(item)) {
            return null;
        }
        Set<String> question = new LinkedHashSet<>(analyzer.terms(HintMatching.apart(Words.fold(item.question()))));
        Set<String> key = new LinkedHashSet<>();
        for (String line : item.expected()) {
            analyzer.terms(HintMatching.apart(Words.fold(line))).stream()
                    .filter(t -> question.stream().noneMatch(q -> HintMatching.sameWord(q, t))).forEach(key::add);
        }
        Set<String> shared = new LinkedHashSet<>();
        String first = null;
        for (AnalysedSentence sentence : sentences) {
            for (String t : key) {
                if (sentence.terms().stream().anyMatch(w -> HintMatching.sameWord(w, t)) && shared.add(t) && first == null) {
                    first = sentence.sentence().text();
                }
            }
        }
        return shared.size() >= KEY_WORDS_FOR_PART ? first : null;
    }

    /** The answer key read as elements: the element of each hint, and whether it names the diagnosis. */
    private record Key(int[] element, boolean[] main) {
    }

    private static Key key(Rubric.NoteItem item, TermAnalyzer analyzer) {
        List<String> hints = item.evidence();
        List<List<String>> clauses = new ArrayList<>();
        List<Integer> lineOf = new ArrayList<>();
        for (int l = 0; l < item.expected().size(); l++) {
            for (String clause : KEY_CLAUSE.split(outsideBrackets(Words.fold(item.expected().get(l))))) {
                clause = clause.replace('\u0001', ',');
                List<String> terms = analyzer.terms(HintMatching.apart(clause));
                if (!terms.isEmpty()) {
                    clauses.add(terms);
                    lineOf.add(l);
                }
            }
        }
        int[] element = new int[hints.size()];
        boolean[] main = new boolean[hints.size()];
        for (int h = 0; h < hints.size(); h++) {
            List<String> terms = analyzer.terms(HintMatching.apart(hints.get(h)));
            element[h] = -1 - h;
            for (int c = 0; c < clauses.size() && !terms.isEmpty(); c++) {
                List<String> clause = clauses.get(c);
                if (terms.stream().allMatch(t -> clause.stream().anyMatch(w -> HintMatching.sameWord(w, t)))) {
                    element[h] = c;
                    main[h] = c == 0;
                    break;
                }
            }
        }
        boolean diagnosis = asksDiagnosis(item);
        // Hints the key does not spell out ("LCA", "GEU", "myocardial infarction") that come among the diagnosis's own hints at
        // the head of the list are the diagnosis said in other words.
        boolean run = true;
        for (int h = 0; h < hints.size(); h++) {
            if (element[h] >= 0 && !main[h]) {
                run = false;
            } else if (element[h] < 0 && run && h > 0) {
                main[h] = true;
            }
        }
        if (diagnosis) {
            boolean anyMain = false;
            for (boolean m : main) {
                anyMain |= m;
            }
            if (!anyMain && !hints.isEmpty()) {
                main[0] = true;
            }
        }
        return new Key(element, main);
    }

    /**
     * Whether the key's diagnosis is the student's leading one: said, as the student's own (not denied, not unlikely),
     * before any word that puts what follows as an alternative, a heading that opens the answer ("Differential
     * diagnosis: …") aside.
     */
    /** A question that asks for several other diagnoses or factors. */
    private static final Pattern PLURAL = Pattern.compile("\\b(diagnoses|differentials|diagnostics|differentiels|factors|facteurs"
            + "|lesions|three|two|trois|deux)\\b");

    private static int[] leads(List<String> hints, boolean[] main, TermAnalyzer analyzer, List<AnalysedSentence> sentences) {
        boolean alternative = false;
        boolean content = false;
        boolean marker = false;
        Boolean leading = null;
        int others = 0;
        for (AnalysedSentence sentence : sentences) {
            int listedBefore = others;
            for (String clause : Denials.affirmedClauses(sentence.sentence())) {
                String plain = " " + clause.replaceAll("[^a-z0-9]+", " ").strip() + " ";
                // A clause cut where an alternative begins: "probably copd | or heart failure", "gord | differential acs".
                java.util.regex.Matcher m = ALTERNATIVE.matcher(plain);
                List<String> pieces = new ArrayList<>();
                List<Boolean> after = new ArrayList<>();
                List<Boolean> listing = new ArrayList<>();
                int from = 0;
                boolean afterMarker = false;
                boolean lists = false;
                while (m.find()) {
                    pieces.add(plain.substring(from, m.start()));
                    after.add(afterMarker);
                    listing.add(lists);
                    afterMarker = true;
                    lists = OTHERS.matcher(m.group()).matches();
                    from = m.end();
                }
                pieces.add(plain.substring(from));
                after.add(afterMarker);
                listing.add(lists);
                for (int p = 0; p < pieces.size(); p++) {
                    List<String> said = analyzer.terms(HintMatching.apart(pieces.get(p)));
                    if (after.get(p)) {
                        // "Differentials: A, B" opening the answer names the list, not an alternative to a diagnosis before it.
                        alternative |= content;
                        marker |= listing.get(p);
                    }
                    boolean isMain = false;
                    for (int h = 0; h < hints.size(); h++) {
                        List<String> terms = analyzer.terms(HintMatching.apart(hints.get(h)));
                        if (main[h] && !terms.isEmpty()
                                && terms.stream().allMatch(t -> said.stream().anyMatch(w -> HintMatching.sameWord(w, t)))) {
                            isMain = true;
                            if (leading == null) {
                                leading = !alternative;
                            }
                        }
                    }
                    // Other diagnoses named after a word that lists them ("differentials: …", "exclude …", "or …"), in words the
                    // key may not list, once the diagnosis is named.
                    if (marker && leading != null && !isMain && !said.isEmpty()) {
                        others++;
                    }
                    if (!said.isEmpty() && !HEADING_WORDS.matcher(pieces.get(p).strip()).matches()) {
                        content = true;
                    }
                }
            }
            // A list of alternatives ends with its sentence; a heading alone on its line opens the next one.
            marker &= others == listedBefore;
        }
        return new int[] {leading != null && leading ? 1 : 0, others};
    }

    /** The text with the commas, semicolons and colons inside brackets hidden (as U+0001 for commas), so a clause keeps its brackets. */
    private static String outsideBrackets(String text) {
        StringBuilder out = new StringBuilder();
        int depth = 0;
        for (char c : text.toCharArray()) {
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            out.append(depth > 0 && (c == ',' || c == ';' || c == ':') ? '\u0001' : c);
        }
        return out.toString();
    }

    /** A clause that is only a heading: "diagnosis", "most likely diagnosis", "diagnostic principal", "impression". */
    private static final Pattern HEADING_WORDS = Pattern.compile("((most )?likely |working |main |leading )?(diagnosis|diagnoses|dx"
            + "|impression|diagnostic( principal| le plus probable)?|hypothese( principale)?|cause( la plus probable)?)");
}
