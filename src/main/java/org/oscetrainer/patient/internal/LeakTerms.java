package org.oscetrainer.patient.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oscetrainer.catalog.HiddenDiagnosis;
import org.oscetrainer.catalog.Scenario;
import org.oscetrainer.common.Words;

/**
 * The terms that would tell a reader the hidden truth, from every name it goes by
 * ({@link HiddenDiagnosis#allTerms()}: the diagnosis, its aliases, each differential and its aliases).
 *
 * <p>A name is often a sentence ("Fall caused by drug-induced orthostatic hypotension (doxazosin…),
 * made worse by…"). What names the condition is its head: the clauses before the first comma,
 * bracket or semicolon, and the one after a colon ("Acute coronary syndrome: inferior ST-elevation
 * myocardial infarction"), cut into runs at the words that link a cause to it ("caused by", "with",
 * "sur"…). From each run come: the run itself, its two-word phrases, its distinctive single words (7
 * letters or more, not in {@link #CLINICAL} nor {@link #GENERIC}: "pulmonary" alone tells nothing,
 * "hypotension" does) and its acronyms (written in capitals: "NSTEMI", "SVCR"). Short bracketed names
 * without digits count too ("(hémorragie sous-arachnoïdienne)"). An alias is a name in itself, taken
 * whole (an abbreviation such as "EP" is only ever matched as a whole word).
 *
 * <p>A term the patient's own script says (the persona, the door note, the facts: never the examiner's
 * findings, which the patient does not know) keeps the stems of the scripted sentences that say it:
 * the patient may say it again in that sense (their aunt's "embolie pulmonaire"), not otherwise.
 */
final class LeakTerms {

    static final String DIAGNOSIS = "leak:diagnosis";
    static final String DIFFERENTIAL = "leak:differential";

    /**
     * A term to look for: folded words; {@code contexts} holds the stems of the scripted sentences
     * that say it, if any.
     */
    record Term(String rule, List<String> words, List<Set<String>> contexts, boolean near, boolean lay) {

        Term(String rule, List<String> words, List<Set<String>> contexts, boolean near) {
            this(rule, words, contexts, near, false);
        }

        Term(String rule, List<String> words, List<Set<String>> contexts) {
            this(rule, words, contexts, true);
        }

        Term(String rule, String words) {
            this(rule, List.of(words.split(" ")), List.of());
        }

        /** The term's letters without spaces. */
        String letters() {
            return String.join("", words);
        }

        String text() {
            return String.join(" ", words);
        }

        boolean inScript() {
            return !contexts.isEmpty();
        }
    }

    private static final Pattern BRACKET = Pattern.compile("\\(([^)]*)\\)");
    private static final Pattern ACRONYM = Pattern.compile("(?<![\\p{L}\\p{N}])\\p{Lu}{3,7}s?(?![\\p{L}\\p{N}])");
    private static final Pattern LINKS = Pattern.compile(
            " (?:with|avec|par|sur|after|apres|compliquant|chez|due|secondary|secondaire|preceded|precedee?s?"
                    + "|decouverte?s?|caused|causee?s?|precipitated|made|worse|induced|en attente|by|from|because|related"
                    + "|liee?s?) ");

    /** Words too vague to give a diagnosis away alone, whatever their length. */
    static final Set<String> GENERIC = Set.copyOf(List.of("acute", "aigue", "aigu", "chronic", "chronique", "severe",
            "grave", "bilateral", "bilaterale", "droit", "droite", "gauche", "right", "left", "non", "uncomplicated",
            "complicated", "compliquee", "compliquees", "moyennement", "moderate", "inferior", "anterior", "posterior",
            "superior", "recurrent", "probable", "probably", "primary", "secondary", "infectious", "bacterial", "viral",
            "simple", "benign", "benigne", "isolee", "isolated", "forme", "form", "type", "stade", "stage", "other",
            "autre", "disease", "maladie", "syndrome", "new", "nouvelle", "episode", "episodique", "reduced",
            "without", "sans", "unlikely", "element", "elements", "possible", "suspected", "suspicion", "mild",
            "moderee", "complete", "partial", "partielle", "recent", "early", "late", "focal", "local", "localisee",
            "diffuse", "minor", "major", "massive", "massif", "commune", "common", "crise", "attack", "caused", "induced",
            "related", "drug", "onset", "sudden", "brutal", "brutale", "encore", "connu", "known", "history",
            "rechercher", "statut", "selon", "emblee", "elimination", "diagnostic", "diagnosis", "unstable",
            "anterieur", "anterieure", "posterieur", "posterieure", "inferieur", "inferieure", "superieur", "superieure",
            "lateral", "laterale", "medial", "mediale", "interne", "externe", "forte", "high", "risk", "risque",
            "immediate", "community", "acquired", "mechanical", "complication", "peripheral", "invasive", "compensated",
            "illness", "rupture", "transient", "terminal", "fraction", "above", "line", "tract",
            "weeks", "semaines", "probabilite", "faibles", "apports", "group", "groupe", "accidental", "congenitale",
            "obstructive", "operable", "localisee"));

    /**
     * Everyday clinical words (body parts, symptoms, lay names) a patient says in any history: never
     * a term alone, only inside a phrase ("pulmonary embolism", not "pulmonary").
     */
    static final Set<String> CLINICAL = Set.copyOf(List.of("pain", "painful", "douleur", "douloureux", "douloureuse", "chest",
            "thoracique", "abdominal", "abdominale", "abdomen", "stomach", "ventre", "heart", "cardiac", "cardiaque",
            "coeur", "kidney", "kidneys", "renal", "rein", "reins", "renale", "urinary", "urinaire", "blood", "sang",
            "sanguin", "sanguine", "pressure", "tension", "arterial", "arterielle", "artery", "artere", "venous",
            "veineuse", "veineux", "lung", "lungs", "poumon", "poumons", "pulmonary", "pulmonaire", "infection",
            "infectieuse", "infections", "fever", "fievre", "breathing", "breath", "respiratory", "respiratoire",
            "headache", "knee", "genou", "ligament", "ligaments", "fracture", "entorse", "sprain", "medication",
            "medications", "medicament", "medicaments", "treatment", "traitement", "alcohol", "alcool", "vomiting",
            "nausea", "anxiety", "anxiete", "angoisse", "panic", "panique", "stress", "tablets", "comprimes", "nourrisson",
            "infant", "enfant", "child", "patient", "patiente", "tumeur", "tumour", "muscle", "musculaire", "cervical",
            "cervicale", "thyroid", "thyroide", "function", "fonction", "failure", "defaillance", "insuffisance",
            "obstructive", "obstruction", "chute", "falls", "fall", "injury", "blessure", "fluid", "overload", "liquide",
            "hepatique", "liver", "foie", "spermatique", "cordon", "scrotal", "rotule", "kneecap", "plateau",
            "tibial", "osseux", "osseuse", "bone", "bones", "cerebral", "cerebrale", "brain", "cerveau", "vaisseau",
            "vessel", "reflux", "allergy", "allergie", "urine", "urines", "cough", "toux", "diarrhoea", "diarrhee",
            "vertige", "dizziness", "dizzy", "fainting", "malaise", "sleeping", "sommeil", "appetite", "appetit",
            "weight", "poids", "tiredness", "fatigue", "shortness", "essoufflement", "swelling", "gonflement",
            "oedema", "swollen", "gonfle", "tablet", "pills", "pilule", "contraception", "pregnancy", "grossesse",
            "pregnant", "enceinte", "smoking", "tabac", "smoker", "fumeuse", "fumeur", "surgery", "chirurgie",
            "operation", "hospital", "hopital", "emergency", "urgences", "family", "famille", "mother", "father",
            "depressed", "deprime", "deprimee", "sad", "triste", "low", "mood", "moral", "thoughts", "pensees",
            "suicide", "suicidal", "suicidaire", "febrile", "bruising", "bruise", "bleu", "bleus", "diuretic",
            "diuretique", "disorder", "trouble", "separation", "clinique", "clinical", "clinic", "scanner", "scan",
            "bilan", "extension", "rash", "spots", "boutons", "tache", "taches", "virus", "microbe", "germ"));

    private static final Set<String> FUNCTION = Set.copyOf(List.of("a", "an", "the", "of", "and", "or", "in", "on", "to", "de",
            "du", "des", "la", "le", "les", "l", "d", "et", "ou", "au", "aux", "en", "un", "une", "s", "is", "my", "mon",
            "ma", "mes", "i", "it", "its", "it's", "from", "with", "by", "for", "at", "this", "that", "was", "is", "be",
            "est", "c", "qu", "que", "j", "ai", "y", "me", "m"));

    private LeakTerms() {
    }

    static List<Term> of(HiddenDiagnosis hidden, Scenario scenario) {
        Map<String, Term> terms = new LinkedHashMap<>();
        String patientText = patientText(scenario);
        List<String> said = Disguises.tokens(Disguises.fold(patientText));
        if (hidden.diagnosis() != null && !hidden.diagnosis().isBlank()) {
            add(terms, DIAGNOSIS, hidden.diagnosis(), patientText, said);
        }
        for (String alias : hidden.aliases()) {
            add(terms, DIAGNOSIS, alias, patientText, said);
        }
        for (HiddenDiagnosis.Differential d : hidden.differentials()) {
            add(terms, DIFFERENTIAL, d.name(), patientText, said);
            for (String alias : d.aliases()) {
                add(terms, DIFFERENTIAL, alias, patientText, said);
            }
        }
        // what a layperson would say for the same things (TellingConcepts): words only, in the script's sense too
        TellingConcepts.of(hidden).forEach((phrase, rule) -> {
            if (!terms.containsKey(phrase.text())) {
                List<String> words = List.of(phrase.text().split(" "));
                Term probe = new Term(rule, words, List.of(), phrase.near(), true);
                boolean scripted = LeakCheck.count(new Disguises.Reading("plain", said, String.join("", said)), probe) > 0;
                terms.put(phrase.text(), new Term(rule, words, scripted ? contexts(probe, patientText) : List.of(),
                        phrase.near(), true));
            }
        });
        return List.copyOf(terms.values());
    }

    /**
     * The folded words of what a name names (its head, as {@link #of} cuts it: outside brackets, the clauses
     * before the first comma of its first two colon parts, up to a word that links a cause), and of its short
     * bracketed names: what selects the concepts of {@link TellingConcepts}.
     */
    static List<String> headWords(String name) {
        String nfkc = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKC).replace('’', '\'');
        List<String> out = new ArrayList<>();
        String[] segments = nfkc.replaceAll("\\([^)]*\\)", " ").split("[:;]");
        for (int i = 0; i < Math.min(2, segments.length); i++) {
            String first = segments[i].split(",")[0];
            out.addAll(words(LINKS.split(" " + String.join(" ", Disguises.tokens(Disguises.fold(first))) + " ")[0]));
        }
        Matcher bracket = BRACKET.matcher(nfkc.split("[;]")[0]);
        while (bracket.find()) {
            if (!bracket.group(1).matches(".*\\d.*") && Disguises.tokens(bracket.group(1)).size() <= 4) {
                out.addAll(words(bracket.group(1)));
            }
        }
        return out;
    }

    /** Whether a folded word is a function word (skipped when a phrase is matched). */
    static boolean function(String word) {
        return FUNCTION.contains(word);
    }

    private static void add(Map<String, Term> terms, String rule, String name, String patientText, List<String> said) {
        Set<String> phrases = new LinkedHashSet<>();
        String nfkc = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKC).replace('’', '\'');
        String outside = nfkc.replaceAll("\\([^)]*\\)", " ");
        List<String> whole = content(words(outside));
        if (whole.size() <= 4 && !whole.isEmpty() && !outside.contains(":")) {
            // an alias or a short name: the name itself is a term, however common its words
            phrases.add(String.join(" ", words(outside)));
        }
        List<String> clauses = new ArrayList<>();
        // a point after a semicolon that the patient's own script already tells (the setting the student reads in the
        // door note: "; consultation through a professional interpreter") is no name of the condition: it counts by its
        // telling phrases only, as a comma's part; any other point is read as before
        List<String> minor = new ArrayList<>();
        StringBuilder names = new StringBuilder();
        String[] points = outside.split(";");
        for (int p = 0; p < points.length; p++) {
            if (p > 0 && setting(points[p], said)) {
                minor.add(points[p]);
            } else {
                names.append(p > 0 ? ";" : "").append(points[p]);
            }
        }
        String[] segments = names.toString().split("[:;]");
        for (int i = 0; i < Math.min(2, segments.length); i++) {
            String[] parts = segments[i].split(",");
            // "Unstable angina / NSTEMI": each side of a slash is a name
            clauses.addAll(List.of(parts[0].split("/")));
            for (int k = 1; k < parts.length; k++) {
                minor.add(parts[k]);
            }
            Matcher acronym = ACRONYM.matcher(segments[i]);
            while (acronym.find()) {
                String a = Disguises.fold(acronym.group().replaceAll("(?<=\\p{Lu})s$", ""));
                if (!GENERIC.contains(a) && !CLINICAL.contains(a)) {
                    phrases.add(a);
                }
            }
            List<String> head = words(LINKS.split(" " + String.join(" ", Disguises.tokens(Disguises.fold(parts[0]))) + " ")[0]);
            if (head.size() >= 2 && head.size() < words(outside).size()) {
                // the name's first two words say what it is, however common each is alone ("entorse grave")
                phrases.add(head.get(0) + " " + head.get(1));
            }
        }
        Matcher bracket = BRACKET.matcher(nfkc.split("[;]")[0]);
        while (bracket.find()) {
            String inside = bracket.group(1);
            if (!inside.matches(".*\\d.*") && Disguises.tokens(inside).size() <= 4) {
                clauses.addAll(List.of(inside.split("[,/]")));
            }
        }
        for (String clause : clauses) {
            boolean named = false;
            for (String run : LINKS.split(" " + String.join(" ", Disguises.tokens(Disguises.fold(clause))) + " ")) {
                List<String> words = words(run);
                if (words.isEmpty()) {
                    continue;
                }
                if (named) {
                    // what follows the name (its cause, its setting) counts by its telling phrases only
                    minor.add(run);
                    continue;
                }
                named = words.stream().anyMatch(LeakTerms::distinctive);
                if (words.size() <= 4 && words.stream().anyMatch(LeakTerms::distinctive)) {
                    phrases.add(String.join(" ", words));
                }
                for (int i = 0; i + 1 < words.size(); i++) {
                    if (distinctive(words.get(i)) || distinctive(words.get(i + 1))) {
                        phrases.add(words.get(i) + " " + words.get(i + 1));
                    }
                }
                for (String w : words) {
                    if (w.length() >= 7 && distinctive(w)) {
                        phrases.add(w);
                    }
                }
            }
        }
        Set<String> described = new LinkedHashSet<>();
        for (String part : minor) {
            // the later parts of a long name describe it: their telling phrases count, not their single words
            for (String run : LINKS.split(" " + String.join(" ", Disguises.tokens(Disguises.fold(part))) + " ")) {
                List<String> words = words(run);
                for (int i = 0; i + 1 < words.size(); i++) {
                    if (distinctive(words.get(i)) && !GENERIC.contains(words.get(i + 1))
                            || distinctive(words.get(i + 1)) && !GENERIC.contains(words.get(i))) {
                        phrases.add(words.get(i) + " " + words.get(i + 1));
                        described.add(words.get(i) + " " + words.get(i + 1));
                    }
                }
            }
        }
        for (String phrase : phrases) {
            if (phrase.isBlank() || terms.containsKey(phrase)) {
                continue;
            }
            List<String> words = List.of(phrase.split(" "));
            boolean scripted = LeakCheck.count(new Disguises.Reading("plain", said, String.join("", said)),
                    new Term(rule, words, List.of())) > 0;
            // a describing phrase counts only as written (in order), not as its words found near each other
            terms.put(phrase, new Term(rule, words, scripted ? contexts(phrase, patientText) : List.of(),
                    !described.contains(phrase)));
        }
    }

    /**
     * Whether a point of a name is the setting the patient's script already tells: three distinctive words or more, all
     * but one of them said in the script ({@code said}).
     */
    private static boolean setting(String point, List<String> said) {
        List<String> words = words(point).stream().filter(LeakTerms::distinctive).toList();
        long unsaid = words.stream().filter(w -> !said.contains(w)).count();
        return words.size() >= 3 && unsaid <= 1;
    }

    /** The folded words of {@code text} that can make a term: no function words, no numbers or units. */
    private static List<String> words(String text) {
        return Disguises.tokens(Disguises.fold(text)).stream()
                .filter(w -> !FUNCTION.contains(w) && !w.matches(".*\\d.*") && !UNITS.contains(w)).toList();
    }

    private static final Set<String> UNITS = Set.of("mm", "cm", "mg", "ml", "kg", "g", "h", "j", "jours", "days",
            "weeks", "semaines", "mois", "months", "ans", "years", "six", "trois", "three", "two", "deux");

    private static List<String> content(List<String> words) {
        return words.stream().filter(w -> !FUNCTION.contains(w) && !GENERIC.contains(w)).toList();
    }

    private static boolean distinctive(String word) {
        return word.length() >= 3 && !GENERIC.contains(word) && !FUNCTION.contains(word) && !CLINICAL.contains(word);
    }

    /** The stems of the patient's scripted sentences that say {@code phrase}, without the phrase's own words. */
    static List<Set<String>> contexts(String phrase, String patientText) {
        return contexts(new Term("", phrase), patientText);
    }

    static List<Set<String>> contexts(Term term, String patientText) {
        List<Set<String>> contexts = new ArrayList<>();
        for (String sentence : sentences(patientText)) {
            List<String> words = Disguises.tokens(Disguises.fold(sentence));
            if (LeakCheck.count(new Disguises.Reading("plain", words, String.join("", words)), term) > 0) {
                contexts.add(stemsWithout(sentence, term));
            }
        }
        if (contexts.isEmpty()) {
            contexts.add(Set.of("\u0000", "\u0001")); // said only across sentences: no sentence of a reply matches
        }
        return contexts;
    }

    static List<String> sentences(String text) {
        return List.of(text.split("(?<=[.!?;])\\s+|\\R"));
    }

    /**
     * The stems of {@code sentence} (4 letters or more) but those that say one of the term's words; and its numbers in
     * digits ("#52" for "fifty-two" or "52"), whatever their length: the same age or date is the same story.
     */
    static Set<String> stemsWithout(String sentence, Term term) {
        Set<String> stems = new LinkedHashSet<>(Words.stems(Disguises.fold(sentence)));
        stems.removeIf(s -> s.length() < 4 || term.words().stream()
                .anyMatch(w -> LeakCheck.matches(s, w) || Words.sameStem(s, w)));
        for (String n : InventedFactCheck.numbers(sentence)) {
            stems.add("#" + n);
        }
        return stems;
    }

    /** What the patient knows and says: the persona, the door note and the facts (not the findings). */
    static String patientText(Scenario scenario) {
        StringBuilder text = new StringBuilder();
        var p = scenario.patient();
        append(text, scenario.doorNote(), p.name(), p.occupation(), p.personality(), p.openingLine(), p.unknownAnswer(),
                String.valueOf(p.age()));
        p.unprompted().forEach(u -> append(text, u));
        scenario.facts().forEach(f -> append(text, f.text()));
        return text.toString();
    }

    /** Everything the patient or the examiner's findings may say, and the door note the student reads. */
    static String visibleText(Scenario scenario) {
        StringBuilder text = new StringBuilder(patientText(scenario));
        append(text, scenario.neutralFinding());
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
