package org.oscetrainer.patient.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.oscetrainer.catalog.HiddenDiagnosis;
import org.oscetrainer.catalog.Scenario;
import org.oscetrainer.common.Words;

/**
 * What a reader learns of the hidden diagnosis (or a differential) from the meaning of a reply, whatever its frame
 * ({@code patient/concept-meanings.txt}, rules {@link LeakTerms#DIAGNOSIS} and {@link LeakTerms#DIFFERENTIAL}): the
 * organ and what goes wrong there said within a few words of each other ("the pipe feeding the bottom of my heart
 * clotted", « le canal de la bile infecté », "asins receklis … līdz plaušu artērijām"), or a sign only that illness has
 * (its one test, its specific treatment, its hallmark). The concepts are general medical knowledge keyed by the names of
 * the hidden truth, as {@link TellingConcepts}; the words of each meaning are listed in many languages, so a frame or a
 * language nobody wrote a reply in is read the same way.
 *
 * <p>What the station's script (and the conversation so far) already says in the same way tells a reader nothing more:
 * a pair of meanings, or a sign, found there is not withheld in a reply either.
 */
final class ConceptMeanings implements GuardrailCheck {

    /** Words apart (separators not counted) within which a site and a fault are read as one statement. */
    static final int WINDOW = 8;

    /** A concept's pair: any meaning of {@code sites} near any of {@code faults}. */
    record Pair(Set<String> sites, Set<String> faults) {
    }

    record Concept(List<List<String>> selectors, List<Pair> pairs, List<String> signs) {
    }

    /** The station's reading: each applying concept with its rule, and what the script already says. */
    record Station(List<Concept> concepts, List<String> rules, Map<String, List<Set<String>>> script) {

        static Station of(Scenario scenario, HiddenDiagnosis hidden) {
            List<List<String>> diagnosis = new ArrayList<>();
            List<List<String>> differentials = new ArrayList<>();
            if (hidden.diagnosis() != null && !hidden.diagnosis().isBlank()) {
                diagnosis.add(LeakTerms.headWords(hidden.diagnosis()));
            }
            hidden.aliases().forEach(a -> diagnosis.add(LeakTerms.headWords(a)));
            for (HiddenDiagnosis.Differential d : hidden.differentials()) {
                differentials.add(LeakTerms.headWords(d.name()));
                d.aliases().forEach(a -> differentials.add(LeakTerms.headWords(a)));
            }
            List<Concept> concepts = new ArrayList<>();
            List<String> rules = new ArrayList<>();
            for (Concept c : LIST.concepts) {
                String rule = selects(c, diagnosis) ? LeakTerms.DIAGNOSIS : selects(c, differentials)
                        ? LeakTerms.DIFFERENTIAL : null;
                if (rule != null) {
                    concepts.add(c);
                    rules.add(rule);
                }
            }
            Map<String, List<Set<String>>> script = new HashMap<>();
            if (scenario != null) {
                for (String line : LeakTerms.patientText(scenario).split("\n")) {
                    said(concepts, line, script);
                }
            }
            return new Station(List.copyOf(concepts), List.copyOf(rules), Map.copyOf(script));
        }

        /** Once the student has said the diagnosis (breaking bad news): the differentials' concepts only. */
        Station withoutDiagnosis() {
            List<Concept> kept = new ArrayList<>();
            List<String> keptRules = new ArrayList<>();
            for (int i = 0; i < concepts.size(); i++) {
                if (!LeakTerms.DIAGNOSIS.equals(rules.get(i))) {
                    kept.add(concepts.get(i));
                    keptRules.add(rules.get(i));
                }
            }
            return new Station(List.copyOf(kept), List.copyOf(keptRules), script);
        }
    }

    private static final ConceptMeanings.Lexicon LIST = Lexicon.load();

    private final Station station;
    /** What the conversation so far says of the concepts, as {@link Station#script}. */
    private final Map<String, List<Set<String>>> said = new HashMap<>();

    ConceptMeanings(Station station, List<String> conversation) {
        this.station = station;
        for (String line : conversation) {
            said(station.concepts(), line, this.said);
        }
    }

    /**
     * What {@code line} (a line of the script or of the conversation) says of {@code concepts}: for each pair of meanings
     * or sign found, the content words of its sentence, added to {@code out}.
     */
    private static void said(List<Concept> concepts, String line, Map<String, List<Set<String>>> out) {
        if (line == null || line.isBlank()) {
            return;
        }
        String[] words = words(line);
        for (Concept c : concepts) {
            for (Found f : LIST.found(words, c)) {
                out.computeIfAbsent(f.key(), k -> new ArrayList<>()).add(content(words, f));
            }
        }
    }

    @Override
    public Optional<Violation> check(ReplyText reply) {
        if (station.concepts().isEmpty()) {
            return Optional.empty();
        }
        String[] words = words(reply);
        for (int i = 0; i < station.concepts().size(); i++) {
            for (Found f : LIST.found(words, station.concepts().get(i))) {
                Set<String> content = content(words, f);
                if (!saidAsScripted(content, station.script().get(f.key())) && !saidAsScripted(content, said.get(f.key()))) {
                    return Optional.of(new Violation(station.rules().get(i), "by meaning: " + f.key()));
                }
            }
        }
        return Optional.empty();
    }

    /** A pair or a sign found: its key (the meanings, or the sign) and the words it spans. */
    record Found(String key, int from, int to) {
    }

    /** The content words (4 letters or more) of the sentences {@code f} spans, its own words left out. */
    private static Set<String> content(String[] words, Found f) {
        int from = f.from();
        while (from > 0 && !"|".equals(words[from - 1])) {
            from--;
        }
        int to = f.to();
        while (to + 1 < words.length && !"|".equals(words[to + 1])) {
            to++;
        }
        Set<String> out = new java.util.LinkedHashSet<>();
        for (int k = from; k <= to; k++) {
            String w = words[k];
            if (w.length() >= 4 && LIST.of(w).isEmpty() && !UnscriptedExplanation.EMPTY.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    /**
     * Whether a pair or sign said with {@code content} around it is said as a line that says it already does: one of
     * {@code contexts} shares at least two of its content words (by stem), or all of them when it has fewer (when it has
     * none, a context with at most one).
     */
    private static boolean saidAsScripted(Set<String> content, List<Set<String>> contexts) {
        if (contexts == null) {
            return false;
        }
        for (Set<String> context : contexts) {
            long shared = content.stream().filter(w -> context.stream().anyMatch(c -> Words.sameStem(w, c))).count();
            // a pair said bare is the script's only where the script says it as bare
            if (content.isEmpty() ? context.size() <= 1 : shared >= Math.min(2, content.size())) {
                return true;
            }
        }
        return false;
    }

    private static String[] words(ReplyText reply) {
        return split(reply.foldedWords());
    }

    private static String[] words(String text) {
        return text.isBlank() ? new String[0] : split(new ReplyText(text).foldedWords());
    }

    /** The folded words, sentence separators ("|") kept as words of their own (not counted in the window). */
    private static String[] split(String folded) {
        return folded.strip().isEmpty() ? new String[0] : folded.strip().split(" +");
    }

    private static boolean selects(Concept concept, List<List<String>> names) {
        for (List<String> name : names) {
            for (List<String> selector : concept.selectors()) {
                if (selector.stream().allMatch(part -> name.stream().anyMatch(w -> part.length() <= 4 ? w.equals(part)
                        : w.startsWith(part)))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The meanings' words and the concepts, as read from the resource. */
    static final class Lexicon {

        /** Whole word → its meanings. */
        private final Map<String, Set<String>> exact = new HashMap<>();
        /** Word start → its meanings. */
        private final Map<String, Set<String>> starts = new HashMap<>();
        private int longestStart;
        private final List<Concept> concepts = new ArrayList<>();

        static Lexicon load() {
            try (InputStream in = ConceptMeanings.class.getResourceAsStream("/patient/concept-meanings.txt")) {
                if (in == null) {
                    throw new IllegalStateException("patient/concept-meanings.txt is missing");
                }
                return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        static Lexicon parse(String text) {
            Lexicon lexicon = new Lexicon();
            Set<String> defined = new HashSet<>();
            List<List<String>> selectors = null;
            List<Pair> pairs = null;
            List<String> signs = null;
            for (String raw : text.split("\\R")) {
                String line = raw.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("@")) {
                    int eq = line.indexOf('=');
                    String meaning = line.substring(1, eq).strip();
                    defined.add(meaning);
                    for (String w : line.substring(eq + 1).split(",")) {
                        String word = w.strip();
                        boolean start = word.endsWith("*");
                        String folded = String.join(" ", Disguises.tokens(Disguises.fold(start
                                ? word.substring(0, word.length() - 1) : word)));
                        if (folded.isEmpty() || folded.contains(" ")) {
                            continue; // meanings are single words; phrases are signs
                        }
                        if (start && folded.length() >= 4) {
                            lexicon.starts.computeIfAbsent(folded, k -> new HashSet<>()).add(meaning);
                            lexicon.longestStart = Math.max(lexicon.longestStart, folded.length());
                        } else {
                            lexicon.exact.computeIfAbsent(folded, k -> new HashSet<>()).add(meaning);
                        }
                    }
                    continue;
                }
                if (line.startsWith("=")) {
                    if (selectors != null) {
                        lexicon.concepts.add(new Concept(selectors, pairs, signs));
                    }
                    selectors = new ArrayList<>();
                    for (String s : line.substring(1).strip().split("\\s+")) {
                        selectors.add(List.of(Disguises.fold(s).split("\\+")));
                    }
                    pairs = new ArrayList<>();
                    signs = new ArrayList<>();
                    continue;
                }
                if (selectors == null) {
                    throw new IllegalStateException("concept-meanings.txt: a line before any concept: " + line);
                }
                if (line.startsWith("pair:")) {
                    String[] sides = line.substring(5).split("/");
                    if (sides.length != 2) {
                        throw new IllegalStateException("concept-meanings.txt: a pair is sites / faults: " + line);
                    }
                    pairs.add(new Pair(meanings(sides[0], defined, line), meanings(sides[1], defined, line)));
                } else if (line.startsWith("sign:")) {
                    for (String s : line.substring(5).split(",")) {
                        String sign = s.strip().replace("\"", "");
                        boolean start = sign.endsWith("*");
                        String folded = String.join(" ", Disguises.tokens(Disguises.fold(start
                                ? sign.substring(0, sign.length() - 1) : sign)));
                        if (!folded.isEmpty()) {
                            signs.add(folded + (start ? "*" : ""));
                        }
                    }
                } else {
                    throw new IllegalStateException("concept-meanings.txt: not a pair or a sign: " + line);
                }
            }
            if (selectors != null) {
                lexicon.concepts.add(new Concept(selectors, pairs, signs));
            }
            return lexicon;
        }

        private static Set<String> meanings(String side, Set<String> defined, String line) {
            Set<String> out = new java.util.LinkedHashSet<>();
            for (String m : side.strip().split("\\s+")) {
                if (!m.startsWith("@") || !defined.contains(m.substring(1))) {
                    throw new IllegalStateException("concept-meanings.txt: no meaning " + m + " defined before: " + line);
                }
                out.add(m.substring(1));
            }
            return Set.copyOf(out);
        }

        /** The meanings a folded word says: equal to a listed word or its plural, or starting with a listed start. */
        Set<String> of(String word) {
            if (word.length() < 2 || "|".equals(word)) {
                return Set.of();
            }
            Set<String> found = null;
            found = add(found, exact.get(word));
            if (word.endsWith("s")) {
                found = add(found, exact.get(word.substring(0, word.length() - 1)));
                if (word.endsWith("es")) {
                    found = add(found, exact.get(word.substring(0, word.length() - 2)));
                }
            }
            for (int k = Math.min(longestStart, word.length()); k >= 4; k--) {
                found = add(found, starts.get(word.substring(0, k)));
            }
            return found == null ? Set.of() : found;
        }

        private static Set<String> add(Set<String> found, Set<String> more) {
            if (more == null) {
                return found;
            }
            Set<String> out = found == null ? new HashSet<>() : found;
            out.addAll(more);
            return out;
        }

        /** The pairs and signs of {@code concept} said in {@code words}. */
        List<Found> found(String[] words, Concept concept) {
            List<Found> out = new ArrayList<>();
            for (Pair p : concept.pairs()) {
                pairsIn(words, p, out);
            }
            for (String sign : concept.signs()) {
                signIn(words, sign, out);
            }
            return out;
        }

        /** Adds to {@code out} each "site word + fault word" pair of {@code pair} said within {@link #WINDOW} words. */
        void pairsIn(String[] words, Pair pair, List<Found> out) {
            List<Integer> sites = new ArrayList<>();
            List<Integer> faults = new ArrayList<>();
            int[] position = new int[words.length];
            int p = 0;
            for (int k = 0; k < words.length; k++) {
                if ("|".equals(words[k])) {
                    position[k] = p;
                    continue;
                }
                position[k] = p++;
                Set<String> m = of(words[k]);
                if (!m.isEmpty()) {
                    if (m.stream().anyMatch(pair.sites()::contains)) {
                        sites.add(k);
                    }
                    if (m.stream().anyMatch(pair.faults()::contains)) {
                        faults.add(k);
                    }
                }
            }
            for (int s : sites) {
                for (int f : faults) {
                    if (s != f && Math.abs(position[s] - position[f]) <= WINDOW) {
                        out.add(new Found(canonical(words[s], pair.sites()) + " + " + canonical(words[f], pair.faults()),
                                Math.min(s, f), Math.max(s, f)));
                    }
                }
            }
        }

        /** The meaning a word says among {@code among}: what a pair is remembered by, whatever the word or language. */
        private String canonical(String word, Set<String> among) {
            return of(word).stream().filter(among::contains).sorted().findFirst().orElse(word);
        }

        /** Adds {@code sign} (folded words, "*" for a word start) to {@code out} where {@code words} say it. */
        void signIn(String[] words, String sign, List<Found> out) {
            boolean start = sign.endsWith("*");
            String[] parts = (start ? sign.substring(0, sign.length() - 1) : sign).split(" ");
            for (int k = 0; k + parts.length <= words.length; k++) {
                boolean all = true;
                for (int j = 0; j < parts.length && all; j++) {
                    String w = words[k + j];
                    boolean last = j == parts.length - 1;
                    all = w.equals(parts[j]) || last && (start ? w.startsWith(parts[j]) : w.equals(parts[j] + "s"));
                }
                if (all) {
                    out.add(new Found(sign, k, k + parts.length - 1));
                }
            }
        }

        List<Concept> concepts() {
            return concepts;
        }
    }
}
