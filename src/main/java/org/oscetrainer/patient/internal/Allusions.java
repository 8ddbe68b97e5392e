package org.oscetrainer.patient.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What a reply points at without naming it ({@code patient/allusions.txt}): a reader learns a condition as well from
 * "the same thing my nan had", "the sugar problem", "un souci de thyroïde" or "could it be a tube thing?" as from its
 * name, if the words the pointer rests on are not the script's. Three kinds, read sentence by sentence on folded words:
 * <ul>
 * <li>a <b>relative's or friend's illness</b>: a sentence that likens the patient's trouble to a relative's, a friend's or
 * the family's ("the same", "just like my…", "what my … had", "comme ma…", "pareil", "de famille"); it rests on that
 * person, and the script supports it only when the script itself likens the patient to them;</li>
 * <li>a <b>stand-in name</b>: a word such as problem, trouble, thing, condition, souci, maladie, truc, with another word
 * saying which ("the sugar problem", "trouble with the waterworks", "maladie du sucre"); it rests on that word;</li>
 * <li>a <b>guess</b>, put to the student or said as the patient's own: "could it be a…", "is it the…", "I think it's a…",
 * "c'est un…", "vous pensez à une…"; it rests on the words of what is guessed.</li>
 * </ul>
 * Words that say nothing of which condition (articles, sizes, feelings: the list's {@code [vague]}) are never what an
 * allusion rests on. {@link ScriptSupportCheck} withholds a reply whose allusion rests on a word neither the script nor
 * the conversation says.
 */
final class Allusions {

    /** One allusion: its kind, and the word it rests on (for a relative, the person, as the list names them). */
    /** A bound on the sentences one caller's memory keeps ({@link #of(List, int[], boolean[], Predicate, Map)}). */
    private static final int REMEMBERED_SENTENCES = 2_000;

    record Allusion(String kind, String word) {
    }

    static final Allusions LIST = load();

    private final Map<String, String> kin = new HashMap<>();
    private final Set<String> standIns = new HashSet<>();
    private final Set<String> vague = new HashSet<>();

    /** How far (in words) a word of likeness may be from the person. */
    private static final int NEAR = 5;
    private static final Set<String> SAME = Set.of("same", "pareil", "pareille", "pareils", "identical", "identique",
            "similar", "similaire");
    private static final Set<String> LIKE = Set.of("like", "comme");
    private static final Set<String> HAD = Set.of("had", "has", "got", "avait", "eu", "suffered", "souffrait");
    private static final Set<String> POINTERS = Set.of("what", "ce", "that", "this", "it", "ca");
    private static final Set<String> IN_THE_FAMILY = Set.of("runs", "tient", "hereditary", "hereditaire", "genetic",
            "genetique");
    private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "some", "my", "his", "her", "un", "une", "le",
            "la", "les", "l", "du", "des", "mon", "ma", "mes", "sa", "ses");
    private static final Set<String> LINKS = Set.of("with", "of", "in", "de", "du", "des", "d", "au", "aux", "avec");
    private static final Set<String> SOFTENERS = Set.of("not", "pas", "just", "juste", "maybe", "peut", "etre", "really",
            "vraiment", "plutot", "rather");
    /** Word endings of French adjectives, which follow their noun ("un souci thyroidien", "une maladie cardiaque"). */
    private static final java.util.regex.Pattern FRENCH_ADJECTIVE = java.util.regex.Pattern.compile(
            ".{3,}(?:ique|iques|ien|ienne|iens|iennes|al|ale|aux|ales|aire|aires|eux|euse|euses|if|ive|ifs|ives|el|elle|els|elles)");

    /** Frames that open a guess put to the student: a question by their word order, or in a question. */
    private static final List<List<String>> ASKED = frames("could it be", "might it be", "can it be", "could this be",
            "would it be", "is it", "is this", "isn t it", "do you think it s", "do you think i ve got", "do you think i have",
            "are you thinking of", "are you thinking about", "have i got", "could i have", "might i have", "c est",
            "ce serait", "ce ne serait pas", "serait ce", "ca pourrait etre", "pourrait etre", "ca ne serait pas",
            "vous pensez a", "vous pensez que c est", "est ce");
    /** Frames that open the patient's own guess, said or asked. */
    private static final List<List<String>> SAID = frames("i think it s", "maybe it s", "perhaps it s", "i bet it s",
            "i reckon it s", "je pense que c est", "je crois que c est", "j ai peut etre", "c est peut etre");
    /** Of {@link #ASKED}, those that are a question by their word order alone. */
    private static final Set<List<String>> QUESTION_ORDER = Set.copyOf(frames("could it be", "might it be", "can it be",
            "could this be", "would it be", "isn t it", "do you think it s", "do you think i ve got", "do you think i have",
            "are you thinking of", "are you thinking about", "have i got", "could i have", "might i have", "serait ce"));

    private static List<List<String>> frames(String... frames) {
        return java.util.Arrays.stream(frames).map(f -> List.of(f.split(" "))).toList();
    }

    private Allusions() {
    }

    /** The person a folded word names ("mum" names "mother"), or null. */
    String person(String word) {
        return kin.get(word);
    }

    /** Whether a folded word is an everyday word of the list ({@code [vague]}: "all", "the", "tout"…). */
    boolean everyday(String word) {
        return vague.contains(word);
    }

    private boolean vague(String word) {
        return word.length() < 3 || vague.contains(word) || Character.isDigit(word.charAt(0)) || kin.containsKey(word);
    }

    /**
     * The allusions of a text: {@code words} its plain folded words, {@code sentence} the sentence of each (null: one
     * sentence), {@code question} whether each sentence is a question, {@code supported} whether the script or the
     * conversation says a word.
     */
    List<Allusion> of(List<String> words, int[] sentence, boolean[] question, Predicate<String> supported) {
        return of(words, sentence, question, supported, null);
    }

    /**
     * {@link #of(List, int[], boolean[], Predicate)}, with what each sentence holds (its words, and whether it is a
     * question) kept in {@code memory} (null: none), which its caller keeps for one {@code supported}: a reply is
     * checked every few words and its finished sentences come back at every check, each read alone.
     */
    List<Allusion> of(List<String> words, int[] sentence, boolean[] question, Predicate<String> supported,
            Map<Object, List<Allusion>> memory) {
        List<Allusion> out = new ArrayList<>();
        int start = 0;
        while (start < words.size()) {
            int end = start + 1;
            while (end < words.size() && (sentence == null || sentence[end] == sentence[start])) {
                end++;
            }
            List<String> s = words.subList(start, end);
            int n = sentence == null ? 0 : sentence[start];
            boolean asked = question != null && n < question.length && question[n];
            if (memory == null) {
                relative(s, out);
                standIn(s, supported, out);
                guess(s, asked, supported, out);
            } else {
                Object key = List.of(List.copyOf(s), asked);
                List<Allusion> found = memory.get(key);
                if (found == null) {
                    List<Allusion> read = new ArrayList<>();
                    relative(s, read);
                    standIn(s, supported, read);
                    guess(s, asked, supported, read);
                    found = List.copyOf(read);
                    if (memory.size() >= REMEMBERED_SENTENCES) {
                        memory.clear();
                    }
                    memory.put(key, found);
                }
                out.addAll(found);
            }
            start = end;
        }
        return out;
    }

    /** The persons a text likens the patient to (for the script: the likenings it supports). */
    Set<String> likened(List<String> words) {
        Set<String> out = new HashSet<>();
        List<Allusion> found = new ArrayList<>();
        relative(words, found);
        found.forEach(a -> out.add(a.word()));
        return out;
    }

    /** A sentence that likens the patient's trouble to a person's: the person. */
    private void relative(List<String> s, List<Allusion> out) {
        for (int i = 0; i < s.size(); i++) {
            String person = kin.get(s.get(i));
            if (person == null) {
                continue;
            }
            boolean likened = false;
            for (int j = 0; j < s.size() && !likened; j++) {
                String w = s.get(j);
                // "not the same", "plus la même": a change, not a likeness
                boolean near = Math.abs(i - j) <= NEAR && !negated(s, j);
                boolean family = IN_THE_FAMILY.contains(w) && !("runs".equals(w) && !(j + 1 < s.size() && "in".equals(s.get(j + 1))))
                        && !("tient".equals(w) && !(j + 1 < s.size() && Set.of("de", "du").contains(s.get(j + 1))));
                likened = near && (SAME.contains(w) || family
                        || "meme".equals(w) && (j > 0 && Set.of("la", "le", "les").contains(s.get(j - 1))
                            || j + 1 < s.size() && "chose".equals(s.get(j + 1))))
                        || LIKE.contains(w) && j < i && i - j <= 3 && !(j > 0 && WANTING.contains(s.get(j - 1)))
                            && !saying(s, i)
                        || HAD.contains(w) && Math.abs(i - j) <= 3 && !(j + 1 < s.size() && DOING.contains(s.get(j + 1)))
                            && (Math.min(i, j) >= 1 && POINTERS.contains(s.get(Math.min(i, j) - 1))
                            || Math.min(i, j) >= 2 && POINTERS.contains(s.get(Math.min(i, j) - 2)));
            }
            if (likened) {
                out.add(new Allusion("relative", person));
            }
        }
    }

    /** "I'd like my husband to…": a wish, not a likeness. */
    private static final Set<String> WANTING = Set.of("d", "would", "should", "i", "you", "we", "they", "don", "doesn",
            "didn", "wouldn");
    /** "what my daughter had said": a verb after "had", not an illness. */
    private static final Set<String> DOING = Set.of("been", "said", "told", "to", "done", "seen", "noticed", "asked",
            "written", "given", "put", "gone", "made", "got", "dit", "fait", "vu", "remarque", "demande", "ecrit", "donne",
            "pris", "mis", "raconte", "explique", "parle", "peur", "envie", "besoin", "raison");
    /** "comme mon mari dit toujours", "like my wife says": a saying, not a likeness. */
    private static final Set<String> SAYS = Set.of("says", "said", "say", "puts", "always", "dit", "disait", "dirait",
            "dis", "toujours", "tells", "told");

    private static boolean saying(List<String> s, int person) {
        for (int k = person + 1; k < Math.min(s.size(), person + 4); k++) {
            if (SAYS.contains(s.get(k))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> NEGATIONS = Set.of("not", "never", "no", "isn", "hasn", "wasn", "aren", "haven",
            "pas", "plus", "jamais");

    /** Whether a negation comes within three words before the {@code j}-th word. */
    private static boolean negated(List<String> s, int j) {
        for (int k = Math.max(0, j - 3); k < j; k++) {
            if (NEGATIONS.contains(s.get(k))) {
                return true;
            }
        }
        return false;
    }

    /** "the sugar problem", "trouble with my waterworks", "un souci thyroidien": the word saying which. */
    private void standIn(List<String> s, Predicate<String> supported, List<Allusion> out) {
        for (int i = 0; i < s.size(); i++) {
            if (!standIns.contains(s.get(i))) {
                continue;
            }
            // before it, after a determiner or before a possessive "s": "the sugar problem", "women s trouble"
            for (int j = i - 1; j >= Math.max(0, i - 2); j--) {
                String w = s.get(j);
                if (DETERMINERS.contains(w)) {
                    break;
                }
                boolean modifier = j > 0 && DETERMINERS.contains(s.get(j - 1)) || j > 1 && DETERMINERS.contains(s.get(j - 2))
                        || "s".equals(s.get(j + 1));
                if (!vague(w) && modifier && !supported.test(w)) {
                    out.add(new Allusion("stand-in", w));
                    return;
                }
            }
            // after it: "problem with the sugar", "maladie du sucre", "un souci thyroidien"
            int k = i + 1;
            boolean linked = k < s.size() && LINKS.contains(s.get(k));
            if (linked) {
                k++;
            }
            for (int j = k; j < Math.min(s.size(), k + 2); j++) {
                String w = s.get(j);
                if (vague(w)) {
                    continue;
                }
                if ((linked || j == k && FRENCH_ADJECTIVE.matcher(w).matches()) && !supported.test(w)) {
                    out.add(new Allusion("stand-in", w));
                    return;
                }
                break;
            }
        }
    }

    /** "could it be a…", "c'est une… ?", "I think it's a…": the first word of what is guessed, if the script lacks it. */
    private void guess(List<String> s, boolean asked, Predicate<String> supported, List<Allusion> out) {
        for (List<List<String>> frames : List.of(ASKED, SAID)) {
            for (List<String> frame : frames) {
                if (frames == ASKED && !asked && !QUESTION_ORDER.contains(frame)) {
                    continue;
                }
                for (int i = 0; i + frame.size() <= s.size(); i++) {
                    if (!s.get(i).equals(frame.get(0)) || !s.subList(i, i + frame.size()).equals(frame)) {
                        continue;
                    }
                    int k = i + frame.size();
                    while (k < s.size() && SOFTENERS.contains(s.get(k))) {
                        k++;
                    }
                    if (k >= s.size() || !DETERMINERS.contains(s.get(k))) {
                        continue;
                    }
                    for (int j = k + 1; j < Math.min(s.size(), k + 4); j++) {
                        String w = s.get(j);
                        if (!vague(w)) {
                            if (!supported.test(w)) {
                                out.add(new Allusion("guess", w));
                                return;
                            }
                            break;
                        }
                    }
                }
            }
        }
    }

    private static Allusions load() {
        Allusions list = new Allusions();
        SectionedList.read("/patient/allusions.txt", (section, line) -> {
            switch (section) {
                case "[kin]" -> {
                    String[] parts = line.strip().split("=", 2);
                    list.kin.put(parts[0], parts[0]);
                    for (String w : parts.length > 1 ? parts[1].split("\\s+") : new String[0]) {
                        list.kin.put(w, parts[0]);
                    }
                }
                case "[stand-in]" -> list.standIns.addAll(List.of(line.strip().split("\\s+")));
                case "[vague]" -> list.vague.addAll(List.of(line.strip().split("\\s+")));
                default -> throw new IllegalStateException("allusions.txt: unknown section " + section);
            }
        });
        return list;
    }
}
