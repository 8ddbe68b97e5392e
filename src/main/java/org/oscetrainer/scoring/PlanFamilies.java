package org.oscetrainer.scoring;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.oscetrainer.catalog.Rubric;
import org.oscetrainer.common.TermAnalyzer;
import org.oscetrainer.common.Words;

/**
 * A plan said in general words where the answer key names the precise thing: "antibiotics" where the key gives
 * benzylpenicillin, "BP tablets" for labetalol, "keep her in" for admission, "a heart scan" for an echocardiogram,
 * « appeler le gynéco » for « avis gynécologique ». An examiner gives such a plan part of the points ("Antihypertensive
 * and admission in plain words; no magnesium, steroids or senior review": 1 of 2): the student knows what kind of thing
 * to do, not which. The general words and what they cover are listed in {@code scoring/plan-families-<language>.txt}
 * (one family a line: the student's words as regular expressions over folded text, then {@code =>}, then the key's
 * words they stand for); a family counts only when the key names one of its members, and only in a clause the student
 * affirms (a line starting with {@code !} is a step the key itself sets aside, "pas d'hypnotique", read in the whole
 * sentence).
 */
final class PlanFamilies {

    /** One family: the student's general words, and the key's precise words they cover. */
    record Family(Pattern said, List<String> members, boolean setAside) {
    }

    /** What a plan says of the key in general words: each family said, with the key's word it stands for and the quote. */
    record Said(String general, String keyWord, String sentence) {
    }

    /** How many things of the key, one at least in general words, make part of a plan (one alone may be chance). */
    static final int THINGS_FOR_PART = 2;

    private static final Pattern KEY_CLAUSE = Pattern.compile("[,;:.()]| and | et | or | ou ");

    private static final Pattern KEY_DENIAL = Pattern.compile(" (pas|ne|ni|no|not|avoid|without|sans|unless|sauf|inutiles?) ");

    private static final Map<String, List<Family>> FAMILIES = new ConcurrentHashMap<>();

    private PlanFamilies() {
    }

    /**
     * The key's things a plan names in general words, one per key word (in the answer's order): the first general words
     * said of each family whose member the key ({@code expected} lines and evidence hints) names.
     */
    static List<Said> said(Rubric.NoteItem item, String language, List<AnalysedSentence> sentences) {
        if (item.expected() == null || item.expected().isEmpty()) {
            return List.of();
        }
        StringBuilder keyText = new StringBuilder(" ");
        StringBuilder wholeKey = new StringBuilder(" ");
        item.expected().forEach(l -> wholeKey.append(plain(l)).append(" , "));
        // What the key itself sets aside ("pas de kinésithérapie respiratoire", "oxygen only if… (not needed here)") is no
        // member to stand for.
        item.expected().forEach(l -> {
            for (String clause : KEY_CLAUSE.split(Words.fold(l))) {
                String c = plain(clause);
                if (!KEY_DENIAL.matcher(" " + c + " ").find()) {
                    keyText.append(c).append(" , ");
                }
            }
        });
        item.evidence().forEach(h -> keyText.append(plain(h)).append(" , "));
        String key = keyText.toString();
        String question = " " + plain(item.question()) + " ";
        String whole = wholeKey.toString();
        Map<String, Said> found = new LinkedHashMap<>();
        for (AnalysedSentence sentence : sentences) {
            // One span of the student's words stands for one thing ("steroid inhaler" is not steroids and an inhaler).
            Map<String, List<int[]>> used = new java.util.HashMap<>();
            String all = " " + plain(sentence.sentence().text()) + " ";
            List<String> affirmed = Denials.affirmedClauses(sentence.sentence()).stream().map(c -> " " + plain(c) + " ").toList();
            for (Family family : families(language)) {
                String named = family.setAside() ? whole : key;
                String member = family.members().stream().filter(m -> named.contains(" " + m + " ")).findFirst().orElse(null);
                // "Information" asked about ("obligations concernant l'information") is not a thing of the key said.
                if (member == null || found.containsKey(member)
                        || List.of(member.split(" ")).stream().allMatch(w -> question.contains(" " + w + " "))) {
                    continue;
                }
                List<String> read = family.setAside() ? List.of(all) : affirmed;
                for (String clause : read) {
                    var m = family.said().matcher(clause);
                    if (m.find() && !ifNeeded(clause, m.end())
                            && claim(used.computeIfAbsent(clause, c -> new ArrayList<>()), m.start(), m.end())) {
                        found.put(member, new Said(m.group().strip(), member, sentence.sentence().text().strip()));
                        break;
                    }
                }
            }
        }
        return List.copyOf(found.values());
    }

    /**
     * Why a plan that names no hint earns part of its points, or null: at least two things of the key said, one at least in
     * general words ({@link #said}), the others in the key's own words ({@link NoteReading#keyElementsFound}). The
     * rationale says which words stood for what, and what the key wanted that the plan does not say.
     */
    static String partly(Rubric.NoteItem item, String language, TermAnalyzer analyzer, List<AnalysedSentence> sentences) {
        List<Said> general = said(item, language, sentences);
        if (general.isEmpty() || putsOff(item, sentences) || doesWhatTheKeyForbids(item, sentences)) {
            return null;
        }
        List<String> own = NoteReading.keyElementsFound(item, analyzer, sentences);
        if (general.size() + own.size() < THINGS_FOR_PART) {
            return null;
        }
        StringBuilder why = new StringBuilder("Partly (1 of ").append(item.points())
                .append("): the plan says in general words what the answer key names precisely: ");
        why.append(general.stream().map(g -> "\"" + g.general() + "\" for " + g.keyWord()).collect(Collectors.joining("; ")));
        if (!own.isEmpty()) {
            why.append("; and ").append(own.size()).append(own.size() == 1 ? " thing" : " things").append(" of the key in its own words");
        }
        List<String> missing = item.evidence().stream().filter(h -> !HintMatching.says(h, analyzer, sentences)).toList();
        if (!missing.isEmpty()) {
            why.append(". Not said: ").append(String.join(", ", missing));
        }
        return why.append('.').toString();
    }

    /** A step said for later, if at all: "bring him back to hospital if he gets worse", « revenir à l'hôpital si… ». */
    private static final Pattern IF_NEEDED = Pattern.compile(" (if|unless|should|in case|si|en cas|au besoin) ");

    private static final Pattern COMES_BACK = Pattern.compile(" (come back|comes back|bring (him|her|them) back|return to|revenir"
            + "|reviendra|reconsulter) ");

    private static boolean ifNeeded(String clause, int end) {
        return IF_NEEDED.matcher(clause.substring(Math.max(0, end - 1))).find()
                || COMES_BACK.matcher(clause).find();
    }

    /** Claims the span for one thing, unless another thing already stands on it. */
    private static boolean claim(List<int[]> spans, int start, int end) {
        for (int[] s : spans) {
            if (start < s[1] && s[0] < end) {
                return false;
            }
        }
        spans.add(new int[] {start, end});
        return true;
    }

    /** What the key does now: "same-day referral", "urgent", « en urgence », « d'emblée ». */
    private static final Pattern KEY_NOW = Pattern.compile(" (same day|urgent|urgently|immediate|immediately|now|emergency"
            + "|en urgence|urgente?s?|immediate?s?|immediatement|d emblee) ");

    /** A plan that waits: "routine referral", "review 4 weeks", « revoir dans un mois ». */
    private static final Pattern PLAN_LATER = Pattern.compile(" (routine|(in|review|reviewed|follow up|after|revoir|revu|dans|a|rdv)"
            + " (a |one |two |three |four |six |un |une |deux |trois |quatre |\\d+ )?(weeks?|months?|semaines?|mois)) ");

    /**
     * Whether the plan waits weeks, or refers routinely, where the key acts now: its general words then name the right kind
     * of thing at the wrong time ("bloods, routine referral to the eating disorder team, review 4 weeks" for a girl the key
     * admits today), which the examiners give nothing.
     */
    private static boolean putsOff(Rubric.NoteItem item, List<AnalysedSentence> sentences) {
        String key = " " + plain(String.join(" , ", item.expected())) + " ";
        return KEY_NOW.matcher(key).find() && sentences.stream()
                .anyMatch(a -> PLAN_LATER.matcher(" " + plain(a.sentence().text()) + " ").find());
    }

    /** Words after a denial in the key that name no thing to avoid ("not needed here", « si besoin »). */
    private static final java.util.Set<String> NOT_A_THING = java.util.Set.of("needed", "here", "only", "unless", "routine",
            "routinely", "indicated", "required", "useful", "besoin", "utile", "utiles", "necessaire", "necessaires",
            "indique", "indiquee", "seulement", "systematique", "systematiquement", "avant", "before", "until", "tant",
            "that", "this", "there", "cela", "elle", "elles", "plus", "more", "encore");

    private static final Pattern KEY_DENIAL_WORD = Pattern.compile("^(pas|ni|no|not|avoid|without|sans|never|jamais)$");

    /**
     * Whether a clause the student affirms names what the key says not to do ("aspirine IV" where the key says « pas
     * d'aspirine ni d'AINS »): the thing after each denial word of the key (its first word of four letters or more that
     * names a thing). Such a plan is not partly right: the examiners give it nothing, whatever else it names.
     */
    static boolean doesWhatTheKeyForbids(Rubric.NoteItem item, List<AnalysedSentence> sentences) {
        java.util.Set<String> forbidden = new java.util.HashSet<>();
        for (String line : item.expected()) {
            String[] words = plain(line).split(" ");
            for (int i = 0; i < words.length; i++) {
                if (!KEY_DENIAL_WORD.matcher(words[i]).matches()) {
                    continue;
                }
                for (int j = i + 1; j < Math.min(words.length, i + 4); j++) {
                    if (KEY_DENIAL_WORD.matcher(words[j]).matches()) {
                        break;
                    }
                    if (words[j].length() >= 4) {
                        if (!NOT_A_THING.contains(words[j])) {
                            forbidden.add(words[j]);
                        }
                        break;
                    }
                }
            }
        }
        if (forbidden.isEmpty()) {
            return false;
        }
        for (AnalysedSentence sentence : sentences) {
            for (String clause : Denials.affirmedClauses(sentence.sentence())) {
                String c = " " + plain(clause) + " ";
                if (forbidden.stream().anyMatch(f -> c.contains(" " + f + " "))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String plain(String text) {
        return Words.fold(text).replaceAll("[^a-z0-9]+", " ").strip();
    }

    private static List<Family> families(String language) {
        List<Family> out = new ArrayList<>();
        if (language == null || !"fr".equals(language)) {
            out.addAll(FAMILIES.computeIfAbsent("en", PlanFamilies::load));
        }
        if (language == null || "fr".equals(language)) {
            out.addAll(FAMILIES.computeIfAbsent("fr", PlanFamilies::load));
        }
        return out;
    }

    private static List<Family> load(String language) {
        String resource = "/scoring/plan-families-" + language + ".txt";
        try (InputStream in = PlanFamilies.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + resource);
            }
            List<Family> families = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip).toList()) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                int arrow = line.indexOf(" => ");
                if (arrow < 0) {
                    throw new IllegalStateException("No ' => ' in plan family line: " + line);
                }
                boolean setAside = line.startsWith("!");
                String said = line.substring(setAside ? 1 : 0, arrow).strip();
                List<String> members = new ArrayList<>();
                for (String m : line.substring(arrow + 4).split(",")) {
                    if (!m.isBlank()) {
                        members.add(plain(m));
                    }
                }
                families.add(new Family(Pattern.compile(" (" + said + ") "), List.copyOf(members), setAside));
            }
            return families;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
