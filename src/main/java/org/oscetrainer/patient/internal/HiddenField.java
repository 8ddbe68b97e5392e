package org.oscetrainer.patient.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.oscetrainer.catalog.HiddenDiagnosis;
import org.oscetrainer.catalog.Scenario;
import org.oscetrainer.common.Words;

/**
 * What a reader of the reply learns of the hidden truth, whatever the frame or the voice (rule {@code leak:meaning}).
 * Each station's hidden truth has a semantic field: the words of its diagnosis (the whole line, with the hallmark signs
 * and results it lists), of its aliases, of each differential and its aliases, of the findings and results the examiner
 * holds back from the patient, of the telling phrases of its concepts ({@link TellingConcepts}), the lay words of
 * {@code patient/hidden-field.txt} for its concepts (the organ, the mechanism, the usual test or treatment), and each
 * of these words' lay and medical synonyms ({@code lexicon-*.txt}, {@code synonyms-*.txt}). A patient knows its script
 * and what the student said, nothing more: a word of that field that neither says is a claim the reply cannot ground.
 * A reply holding {@value #UNGROUNDED} such words (counted once per stem; a word only the findings hold counts half: the
 * examiner's lines name the body in everyday words, "warm hands") tells the reader something of the hidden
 * truth the patient could not know, whether it is a letter from the organ, a horoscope, a dating profile or a plain
 * sentence; a reply in the script's own words grounds every word of the field it uses and passes. The words that say
 * nothing of one illness (the frame's own words, "pain", "right", "test") are left out of every field
 * ({@code [common]} in the resource). An examiner's line ("[Examiner] …") speaks the findings and is not read.
 *
 * <p>Cost: a hash lookup per word of the reply, each word's answer remembered for the question (a streamed reply's
 * earlier words are not looked up again).
 */
final class HiddenField implements GuardrailCheck {

    static final String RULE = "leak:meaning";
    /** How many ungrounded words of the hidden truth's field make a reply tell it. */
    static final int UNGROUNDED = 2;
    private static final String RESOURCE = "/patient/hidden-field.txt";
    private static final Resource LIST = Resource.load();
    private static final List<String> PREFIXES = List.of("hyper", "hypo", "peri", "para", "endo", "intra", "extra",
            "poly", "pyelo", "dys", "tachy", "brady", "micro", "macro");
    private static final List<String> SUFFIXES = List.of("ectomies", "ectomy", "ectomie", "itis", "ite", "ites", "osis",
            "ose", "oses", "ismus", "isme", "ism", "aemia", "emia", "emie", "algia", "algie", "pathy", "pathie", "ology",
            "ologie", "ique", "ical", "ic", "al", "ale", "aux");
    private static final Pattern EXAMINER_LABEL = Pattern.compile("^\\s*\\[?\\s*(examiner|examinateur|examinatrice)\\s*[\\]:]");

    /** The field of one station's hidden truth: each word (folded) and its five-letter stem, with where it came from. */
    record Field(Map<String, String> words, Map<String, String> stems) {

        static Field of(Scenario scenario, HiddenDiagnosis hidden) {
            Map<String, String> words = new LinkedHashMap<>();
            List<String> names = new ArrayList<>();
            if (hidden.diagnosis() != null) {
                names.add(hidden.diagnosis());
            }
            names.addAll(hidden.aliases());
            for (HiddenDiagnosis.Differential d : hidden.differentials()) {
                names.add(d.name());
                names.addAll(d.aliases());
            }
            names.forEach(n -> add(words, n, "hidden"));
            for (String w : List.copyOf(words.keySet())) {
                String root = root(w);
                if (root != null) {
                    words.putIfAbsent(root, "hidden");
                }
            }
            if (scenario != null) {
                scenario.findings().forEach(f -> add(words, f.text(), "finding"));
            }
            for (TellingConcepts.Phrase p : TellingConcepts.of(hidden).keySet()) {
                add(words, p.text().replace('|', ' '), "concept");
            }
            List<String> folded = names.stream().map(n -> " " + String.join(" ", Disguises.tokens(Disguises.fold(n))) + " ")
                    .toList();
            for (Map.Entry<String, List<String>> e : LIST.lay().entrySet()) {
                if (selects(e.getKey(), folded)) {
                    e.getValue().forEach(w -> add(words, w, "lay"));
                }
            }
            for (List<String> line : LIST.synonyms()) {
                String source = null;
                for (String w : line) {
                    if (words.containsKey(w)) {
                        source = words.get(w);
                        break;
                    }
                }
                if (source != null) {
                    for (String w : line) {
                        add(words, w, source);
                    }
                }
            }
            Map<String, String> stems = new HashMap<>();
            words.forEach((w, s) -> {
                if (w.length() >= 5) {
                    stems.putIfAbsent(w.substring(0, 5), s);
                }
            });
            return new Field(Map.copyOf(words), Map.copyOf(stems));
        }

        /**
         * The root a medical word is built on, five letters or more, or null: "hyperthyroidism" thyroid,
         * "pyelonephritis" nephr…, "appendicitis" appendic (a reader who meets "my thyroid" or "the appendix" meets the
         * organ the name is made of).
         */
        static String root(String w) {
            String r = w;
            for (String prefix : PREFIXES) {
                if (r.startsWith(prefix) && r.length() - prefix.length() >= 5) {
                    r = r.substring(prefix.length());
                    break;
                }
            }
            for (String suffix : SUFFIXES) {
                if (r.endsWith(suffix) && r.length() - suffix.length() >= 5) {
                    r = r.substring(0, r.length() - suffix.length());
                    break;
                }
            }
            return r.equals(w) || r.length() < 5 ? null : r;
        }

        /** Whether a selector ("appendic", "kidney+stone") starts words of one of the names. */
        private static boolean selects(String selectors, List<String> names) {
            for (String selector : selectors.split(" ")) {
                String[] parts = selector.split("\\+");
                for (String name : names) {
                    boolean all = true;
                    for (String part : parts) {
                        all &= name.contains(" " + part);
                    }
                    if (all) {
                        return true;
                    }
                }
            }
            return false;
        }

        private static void add(Map<String, String> words, String text, String source) {
            for (String w : Disguises.tokens(Disguises.fold(text))) {
                if (content(w)) {
                    words.putIfAbsent(w, source);
                }
            }
        }

        /** Where {@code word} stands in the field ("hidden", "finding"…), or null. */
        String source(String word) {
            String s = words.get(word);
            if (s == null && word.endsWith("s")) {
                s = words.get(word.substring(0, word.length() - 1));
            }
            if (s == null && word.length() >= 5) {
                s = stems.get(word.substring(0, 5));
            }
            return s;
        }
    }

    /** The resource: the lay words of each concept, the synonym lines, and the words no field holds. */
    private record Resource(Map<String, List<String>> lay, List<List<String>> synonyms, Set<String> common) {

        static Resource load() {
            Map<String, List<String>> lay = new LinkedHashMap<>();
            Set<String> common = new java.util.HashSet<>();
            String section = null;
            String selectors = null;
            for (String line : read(RESOURCE).split("\\R")) {
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                if (l.startsWith("[")) {
                    section = l;
                    continue;
                }
                if ("[common]".equals(section)) {
                    for (String w : Disguises.tokens(Disguises.fold(l))) {
                        common.add(w);
                    }
                } else if (l.startsWith("=")) {
                    selectors = Words.fold(l.substring(1)).strip().replaceAll("\\s+", " ");
                    lay.putIfAbsent(selectors, new ArrayList<>());
                } else if (selectors != null) {
                    lay.get(selectors).addAll(Disguises.tokens(Disguises.fold(l)));
                }
            }
            List<List<String>> synonyms = new ArrayList<>();
            for (String file : List.of("/patient/lexicon-en.txt", "/patient/lexicon-fr.txt", "/patient/synonyms-en.txt",
                    "/patient/synonyms-fr.txt")) {
                for (String line : read(file).split("\\R")) {
                    if (line.isBlank() || line.strip().startsWith("#")) {
                        continue;
                    }
                    List<String> entries = new ArrayList<>();
                    for (String entry : line.split("=>|,")) {
                        List<String> t = Disguises.tokens(Disguises.fold(entry));
                        if (t.size() == 1) {
                            entries.add(t.get(0));
                        }
                    }
                    if (entries.size() > 1) {
                        synonyms.add(entries);
                    }
                }
            }
            return new Resource(lay, synonyms, Set.copyOf(common));
        }

        private static String read(String name) {
            try (InputStream in = HiddenField.class.getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException("missing " + name);
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    static boolean content(String w) {
        return w.length() >= 4 && !UnscriptedExplanation.EMPTY.contains(w) && !Character.isDigit(w.charAt(0))
                && !LIST.common().contains(w);
    }

    private final Field field;
    private final ScriptSupportCheck.Support support;
    /** Each word's answer for this question: its field stem when ungrounded, else "". */
    private final Map<String, String> seen = new HashMap<>();

    /** {@code support}: what the script and the conversation so far say ({@link ScriptSupportCheck#patientSupport}). */
    HiddenField(Field field, ScriptSupportCheck.Support support) {
        this.field = field;
        this.support = support;
    }

    @Override
    public Optional<Violation> check(ReplyText reply) {
        String words = EverydaySenses.LIST.mask(reply.foldedWords());
        Set<String> ungrounded = new LinkedHashSet<>();
        int weight = 0;
        StringBuilder said = new StringBuilder();
        int start = 0;
        while (start < words.length()) {
            int end = words.indexOf(' ', start);
            if (end < 0) {
                end = words.length();
            }
            if (end > start) {
                String w = words.substring(start, end);
                String stem = seen.computeIfAbsent(w, this::ungrounded);
                if (!stem.isEmpty() && ungrounded.add(stem)) {
                    weight += "finding".equals(field.source(w)) ? 1 : 2;
                    said.append(ungrounded.size() == 1 ? "" : ", ").append(w).append(" (").append(field.source(w)).append(')');
                }
            }
            start = end + 1;
        }
        if (weight < 2 * UNGROUNDED || EXAMINER_LABEL.matcher(reply.folded()).find()) {
            return Optional.empty();
        }
        return Optional.of(new Violation(RULE, "the hidden truth's field beyond the script: " + said));
    }

    /** The word's stem when it is a word of the field the script and conversation do not say, else "". */
    private String ungrounded(String w) {
        if (!content(w) || field.source(w) == null || support.says(w)) {
            return "";
        }
        return w.length() >= 5 ? w.substring(0, 5) : w;
    }
}
