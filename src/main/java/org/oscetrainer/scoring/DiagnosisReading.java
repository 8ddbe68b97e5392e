package org.oscetrainer.scoring;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oscetrainer.catalog.HiddenDiagnosis;
import org.oscetrainer.common.TermAnalyzer;
import org.oscetrainer.common.Words;

/**
 * The student's leading diagnosis in a note, read against the station's hidden truth (its diagnosis, aliases and
 * differentials) rather than by the words it shares with the answer key. An examiner does not credit "menace de
 * fausse couche" for an ectopic pregnancy because "fausse couche" is among the key's words, nor "viral-induced wheeze"
 * for asthma, nor "bronchiolite simple" for a severe bronchiolitis, nor an NSTEMI for an ST-elevation infarction:
 * <ul>
 * <li>the leading diagnosis is the first sentence of the answer that opens with a diagnosis of the station (its own or
 * one of its differentials), up to the first word that puts what follows as an alternative ("or", "differential",
 * "exclude");</li>
 * <li>it is one of the differentials when it says a differential's name (or alias) fully and the diagnosis's names in
 * fewer words ("pneumopathie d'inhalation" against "pneumopathie");</li>
 * <li>it contradicts the diagnosis when it carries a qualifier the diagnosis denies or the opposite of one the diagnosis
 * has ("compliquée" against "non compliquée", "gauche" against "droite", "simple" against "grave", "NSTEMI" against
 * "ST-elevation"), with the words of {@code scoring/diagnosis-qualifiers-<language>.txt}.</li>
 * </ul>
 * Nothing here is shown to a student: the rationale quotes only what the student wrote.
 */
final class DiagnosisReading {

    private DiagnosisReading() {
    }

    /** What the leading diagnosis is. */
    enum Kind {
        /** No sentence opens with a diagnosis of the station. */
        NONE,
        /** The station's diagnosis. */
        EXPECTED,
        /** One of its differentials. */
        DIFFERENTIAL,
        /** The station's diagnosis with a qualifier that contradicts it. */
        CONTRADICTED
    }

    /** The leading diagnosis: its kind and the text the student wrote for it. */
    record Lead(Kind kind, String text, String alternatives) {

        static final Lead NONE = new Lead(Kind.NONE, null, "");

        /** Whether the leading diagnosis is not the station's. */
        boolean wrong() {
            return kind == Kind.DIFFERENTIAL || kind == Kind.CONTRADICTED;
        }
    }

    /** Sentences of a note: full stops (not decimal points), semicolons, line ends. */
    private static final Pattern SENTENCE = Pattern.compile("(?<=[.!?;])\\s+|\\n+|(?<=[a-z)])\\.(?=[A-Z])");

    /** A heading that opens a sentence ("Diagnosis:", "Dx :", "Hypothèse :"). */
    private static final Pattern HEADING = Pattern.compile("^\\s*[\\p{L}][\\p{L}' /-]{0,40}?\\s*:(?!\\d)\\s*");

    /** Words that say how sure the student is, before the diagnosis: "probably", "likely", "probable". */
    private static final Pattern HEDGE = Pattern.compile("\\b(probably|probable|likely|most likely|possible|possibly|suspected"
            + "|query|presumed|probablement|suspicion d[e']?|suspicion|evocateur d[e']?|hypothese|diagnosis|diagnostic|dx|dg|imp"
            + "|impression)\\b");

    /**
     * The leading diagnosis of a note's differential answer, with what its sentence says after it as alternatives. {@code truth} is the station's hidden truth; with none, no
     * reading ({@link Lead#NONE}).
     */
    static Lead lead(String answer, HiddenDiagnosis truth, TermAnalyzer analyzer, String language) {
        if (answer == null || answer.isBlank() || truth == null || truth.diagnosis() == null) {
            return Lead.NONE;
        }
        Qualifiers words = Qualifiers.of(language);
        List<List<String>> expected = new ArrayList<>();
        for (String name : expectedNames(truth)) {
            addTerms(expected, name, analyzer);
        }
        List<List<String>> differentials = new ArrayList<>();
        for (HiddenDiagnosis.Differential d : truth.differentials()) {
            for (String name : differentialNames(d)) {
                addTerms(differentials, name, analyzer);
            }
        }
        differentials.removeIf(d -> expected.stream().anyMatch(e -> new HashSet<>(e).equals(new HashSet<>(d))));
        Lead found = Lead.NONE;
        boolean first = true;
        for (String sentence : SENTENCE.split(answer)) {
            Matcher heading = HEADING.matcher(sentence);
            boolean headed = heading.find();
            boolean listHeading = headed && alternativesHeading(heading.group());
            boolean opening = first;
            first &= sentence.isBlank();
            String text = headed ? sentence.substring(heading.end()) : sentence;
            String plain = " " + Words.fold(text).replaceAll("[^a-z0-9+-]+", " ").strip() + " ";
            if (text.isBlank() || DENIED.matcher(plain).find() || text.strip().startsWith("?") || listHeading && !opening) {
                // Denied, a list of possibilities ("?viral illness, ?UTI"), or alternatives after a diagnosis not recognised.
                continue;
            }
            Matcher alternative = NoteReading.ALTERNATIVE.matcher(plain);
            boolean alternatives = alternative.find();
            int cut = alternatives ? alternative.start() : secondHedge(plain, analyzer);
            alternatives |= cut >= 0;
            String before = alternatives ? plain.substring(0, cut) : plain;
            String after = alternatives ? plain.substring(cut) : "";
            if (listHeading) {
                // "Differentials: A, B, C" opening the answer: A is the leading one.
                int comma = text.indexOf(',');
                before = " " + Words.fold(comma > 0 ? text.substring(0, comma) : text).replaceAll("[^a-z0-9+-]+", " ").strip() + " ";
                after = comma > 0 ? Words.fold(text.substring(comma)) : "";
            }
            before = HEDGE.matcher(before).replaceAll(" ");
            List<String> said = analyzer.terms(HintMatching.apart(words.expand(before)));
            int e = best(expected, said);
            // A differential's words the student denies ("colique néphrétique non compliquée") do not name it.
            Set<String> denied = words.denied(before, analyzer);
            int d = best(differentials, said.stream().filter(t -> !denied.contains(t)).toList());
            if (said.isEmpty() || e < 0 && d < 0) {
                continue;
            }
            int eStart = e < 0 ? Integer.MAX_VALUE : start(expected, said, e);
            int dStart = d < 0 ? Integer.MAX_VALUE : start(differentials, said, d);
            // A sentence that tells the story ("58M with chest pain…") names no diagnosis at its head; one under a diagnosis
            // heading ("Diagnostic : entorse grave avec rupture du LCA") does.
            if (Math.min(eStart, dStart) > (headed && !listHeading ? 3 : 1)) {
                continue;
            }
            String quote = sentence.strip();
            boolean differential = e < 0 || dStart < eStart || dStart == eStart && differentials.get(d).size() > expected.get(e).size();
            if (differential) {
                if (found.kind() == Kind.NONE) {
                    found = new Lead(Kind.DIFFERENTIAL, quote, after);
                }
                continue;
            }
            if (found.kind() != Kind.NONE && (alternatives || listHeading || ALTERNATIVE_AFTER.matcher(plain).find())) {
                // The diagnosis named after a differential as one more alternative ("…; GEU à éliminer") leaves the differential leading.
                continue;
            }
            // The station's diagnosis stated as such after a differential's name in the story ("Drinks 4-5 cans. Depression, high risk")
            // is the leading one.
            return words.contradicts(before, truth, analyzer) ? new Lead(Kind.CONTRADICTED, quote, after) : new Lead(Kind.EXPECTED, quote, after);
        }
        return found;
    }

    /**
     * A word of doubt after a first diagnosis, which puts what follows as a second one: "Most likely a chest infection,
     * possibly some heart failure", "mitral regurgitation, maybe aortic stenosis", "… ou éventuellement …". Before any
     * diagnosis ("Possible PE") it only hedges.
     */
    private static final Pattern SECOND_HEDGE = Pattern.compile(" (possibly|possible|perhaps|maybe|or possibly|eventuellement"
            + "|voire|with possible|with a possible|plus possibly) ");

    /** Where a word of doubt after a named diagnosis begins ({@link #SECOND_HEDGE}), or -1. */
    private static int secondHedge(String plain, TermAnalyzer analyzer) {
        Matcher m = SECOND_HEDGE.matcher(plain);
        while (m.find()) {
            if (!analyzer.terms(HEDGE.matcher(plain.substring(0, m.start() + 1)).replaceAll(" ")).isEmpty()) {
                return m.start() + 1;
            }
        }
        return -1;
    }

    /** A sentence that denies or sets aside what it names: "pas d'atteinte du LCP", "not a UTI", "ectopic, made unlikely by…". */
    private static final Pattern DENIED = Pattern.compile("^ (no|not|pas|aucun|aucune|ni|non|absence|sans) |"
            + " (unlikely|improbable|peu probable|ruled out|excluded|ecartee?s?|eliminee?s?|exclue?s?|less likely|moins probable) ");

    /** Words after a name that put it as an alternative: "GEU à éliminer", "PE to exclude", "MI to rule out". */
    private static final Pattern ALTERNATIVE_AFTER = Pattern.compile(" (a eliminer|a evoquer|to exclude|to rule out|rule out|exclude"
            + "|possible|possibly|less likely) ");

    /** A heading that announces a list of alternatives ("DD :", "Differentials:"): what follows is not the leading one. */
    private static boolean alternativesHeading(String sentence) {
        Matcher m = HEADING.matcher(sentence);
        return m.find() && Pattern.compile("(differenti|ddx|\\bdd\\b|a eliminer|exclude|less likely|moins probable|autres?)")
                .matcher(Words.fold(m.group())).find();
    }

    /** The diagnosis's names: its head (before the first colon, bracket or comma), what follows a colon, and its aliases. */
    private static List<String> expectedNames(HiddenDiagnosis truth) {
        List<String> names = new ArrayList<>();
        String diagnosis = truth.diagnosis();
        names.add(diagnosis.split("[:(,;]")[0]);
        int colon = diagnosis.indexOf(':');
        if (colon > 0) {
            names.add(diagnosis.substring(colon + 1).split("[(,;]")[0]);
        }
        names.addAll(truth.aliases());
        return names;
    }

    /** A differential's names: each of "A / B", "A ou B", "A or B", what its brackets say, and its aliases. */
    private static List<String> differentialNames(HiddenDiagnosis.Differential d) {
        List<String> names = new ArrayList<>();
        String name = d.name();
        Matcher bracket = Pattern.compile("\\(([^)]*)\\)").matcher(name);
        while (bracket.find()) {
            names.add(bracket.group(1));
        }
        for (String part : name.replaceAll("\\([^)]*\\)", " ").split("\\s*/\\s*|\\s+(?:ou|or)\\s+")) {
            names.add(part);
        }
        names.addAll(d.aliases());
        return names;
    }

    private static void addTerms(List<List<String>> into, String name, TermAnalyzer analyzer) {
        List<String> terms = analyzer.terms(HintMatching.apart(name));
        if (!terms.isEmpty()) {
            into.add(terms);
        }
    }

    /** The index of the name said with the most words (every one of its words in {@code said}), or -1. */
    private static int best(List<List<String>> names, List<String> said) {
        int best = -1;
        for (int i = 0; i < names.size(); i++) {
            List<String> name = names.get(i);
            if (name.stream().allMatch(t -> said.stream().anyMatch(w -> HintMatching.sameWord(w, t)))
                    && (best < 0 || name.size() > names.get(best).size())) {
                best = i;
            }
        }
        return best;
    }

    /** Where the name {@code i} begins in what the student said (the position of its first word found). */
    private static int start(List<List<String>> names, List<String> said, int i) {
        int first = Integer.MAX_VALUE;
        for (String t : names.get(i)) {
            for (int p = 0; p < said.size(); p++) {
                if (HintMatching.sameWord(said.get(p), t)) {
                    first = Math.min(first, p);
                    break;
                }
            }
        }
        return first;
    }

    /** The words of {@code scoring/diagnosis-qualifiers-<language>.txt}. */
    record Qualifiers(Set<String> deny, List<List<String>> opposites, Map<String, String> expansions) {

        private static final Map<String, Qualifiers> BY_LANGUAGE = new ConcurrentHashMap<>();

        static Qualifiers of(String language) {
            return BY_LANGUAGE.computeIfAbsent("fr".equals(language) ? "fr" : "en", Qualifiers::load);
        }

        /** The text with its abbreviations that hide a qualifier written out ("nstemi" → "non st elevation …"). */
        String expand(String plain) {
            String out = " " + plain.strip() + " ";
            for (Map.Entry<String, String> e : expansions.entrySet()) {
                out = out.replace(" " + e.getKey() + " ", " " + e.getValue() + " ");
            }
            return out;
        }

        /**
         * Whether the leading diagnosis {@code plain} carries a qualifier that contradicts the station's diagnosis: a word
         * the diagnosis affirms that the lead denies, a word the diagnosis denies that the lead affirms, or the opposite of
         * one of the diagnosis's words (when the diagnosis has only one word of that line and the lead not that one).
         */
        boolean contradicts(String plain, HiddenDiagnosis truth, TermAnalyzer analyzer) {
            Set<String> leadYes = new HashSet<>();
            Set<String> leadNo = new HashSet<>();
            read(expand(plain), analyzer, leadYes, leadNo);
            Set<String> truthYes = new HashSet<>();
            Set<String> truthNo = new HashSet<>();
            read(expand(Words.fold(truth.diagnosis()).replaceAll("[^a-z0-9+,-]+", " ")), analyzer, truthYes, truthNo);
            for (String alias : truth.aliases()) {
                read(expand(Words.fold(alias).replaceAll("[^a-z0-9+-]+", " ")), analyzer, truthYes, new HashSet<>());
            }
            for (String t : leadNo) {
                if (truthYes.contains(t) && !truthNo.contains(t)) {
                    return true;
                }
            }
            for (String t : leadYes) {
                if (truthNo.contains(t) && !truthYes.contains(t)) {
                    return true;
                }
            }
            for (List<String> line : opposites) {
                List<String> stems = line.stream().map(w -> one(w, analyzer)).filter(w -> w != null).toList();
                List<String> inTruth = stems.stream().filter(truthYes::contains).toList();
                if (inTruth.size() == 1 && !leadYes.contains(inTruth.get(0))
                        && stems.stream().anyMatch(w -> !w.equals(inTruth.get(0)) && leadYes.contains(w))) {
                    return true;
                }
            }
            return false;
        }

        /** The words {@code plain} denies ("compliquée" in "non compliquée"). */
        Set<String> denied(String plain, TermAnalyzer analyzer) {
            Set<String> no = new HashSet<>();
            read(expand(plain), analyzer, new HashSet<>(), no);
            return no;
        }

        private static String one(String word, TermAnalyzer analyzer) {
            List<String> terms = analyzer.terms(word);
            return terms.size() == 1 ? terms.get(0) : word;
        }

        /** Sorts the words of {@code plain} into those affirmed and those denied (the two words after a denying word). */
        private void read(String plain, TermAnalyzer analyzer, Set<String> yes, Set<String> no) {
            int denied = 0;
            for (String word : plain.replace(",", " , ").split("[\\s-]+")) {
                if (word.isEmpty() || DETERMINERS.contains(word)) {
                    continue;
                }
                if (",".equals(word)) {
                    denied = 0;
                } else if (deny.contains(word)) {
                    denied = 2;
                } else {
                    (denied > 0 ? no : yes).addAll(analyzer.terms(word));
                    denied = Math.max(0, denied - 1);
                }
            }
        }

        /** Words a denial reaches across: "sans <u>de</u> fièvre", "without <u>any</u> septicaemia". */
        private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "any", "de", "d", "du", "des", "la", "le", "les", "l");

        private static Qualifiers load(String language) {
            String resource = "/scoring/diagnosis-qualifiers-" + language + ".txt";
            try (InputStream in = DiagnosisReading.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("Missing " + resource);
                }
                Set<String> deny = new HashSet<>();
                List<List<String>> opposites = new ArrayList<>();
                Map<String, String> expansions = new LinkedHashMap<>();
                String section = "";
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    String l = line.strip();
                    if (l.isEmpty() || l.startsWith("#")) {
                        continue;
                    }
                    if (l.startsWith("[")) {
                        section = l;
                    } else if ("[deny]".equals(section)) {
                        deny.add(l);
                    } else if ("[opposites]".equals(section)) {
                        opposites.add(List.of(l.split("\\s*\\|\\s*")));
                    } else if ("[expand]".equals(section)) {
                        String[] pair = l.split("\\s*=\\s*", 2);
                        expansions.put(pair[0], pair[1]);
                    }
                }
                return new Qualifiers(Set.copyOf(deny), List.copyOf(opposites), expansions);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
