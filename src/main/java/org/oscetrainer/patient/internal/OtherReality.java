package org.oscetrainer.patient.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Out of character by what the reply is about (rule {@code ooc}): the speaker talks of a reality other than the
 * persona's — the performer's own work and pay, colleagues, the day's schedule of encounters, the staging of the exam
 * and its room, the people watching, learning and rehearsing the part — whatever the words. Each of these sides of the
 * performer's reality is a group of words in {@code patient/other-reality.txt}; a reply that touches
 * {@value #SIDES} different sides with words neither the patient's script nor the conversation says is about the
 * performer's reality, not the persona's: "they pay me by the afternoon and I've done this since breakfast" (pay and
 * schedule), "my colleague next door plays her too" (colleagues and performing). One side alone is what a patient may
 * say of their own life ("I was paid on Friday", "my colleague drove me in"); a word the script says is the persona's
 * own (a patient who is an actor, a nurse on shifts) and counts for nothing. An entry marked {@code !} in the list is
 * a side's word no patient uses of their own life and counts for two sides. An examiner's line is not read.
 *
 * <p>Cost: one search of the reply's folded words ({@link ReplyText#foldedWords}, already made for the phrase checks)
 * once, word by word, against the entries starting with each word (a hash lookup).
 */
final class OtherReality implements GuardrailCheck {

    /** How many sides of the performer's reality make a reply about it. */
    static final int SIDES = 2;
    private static final String RESOURCE = "/patient/other-reality.txt";
    private static final Pattern EXAMINER_LABEL = Pattern.compile("^\\s*\\[?\\s*(examiner|examinateur|examinatrice)\\s*[\\]:]");
    private static final List<String> SIDE_NAMES = new ArrayList<>();
    private static final Map<String, List<Entry>> ENTRIES = load(SIDE_NAMES);

    private final ScriptSupportCheck.Support support;

    /** {@code support}: what the script and the conversation so far say ({@link ScriptSupportCheck#patientSupport}). */
    OtherReality(ScriptSupportCheck.Support support) {
        this.support = support;
    }

    @Override
    public Optional<Violation> check(ReplyText reply) {
        String[] words = reply.foldedWords().strip().split(" ");
        int[] weight = new int[SIDE_NAMES.size()];
        String[] hit = new String[SIDE_NAMES.size()];
        for (int i = 0; i < words.length; i++) {
            List<Entry> starting = starting(words[i]);
            if (starting == null) {
                continue;
            }
            for (Entry e : starting) {
                if (weight[e.side()] >= e.weight() || !e.at(words, i) || grounded(e.words())) {
                    continue;
                }
                weight[e.side()] = e.weight();
                hit[e.side()] = String.join(" ", e.words());
            }
        }
        int sides = 0;
        StringBuilder found = new StringBuilder();
        for (int s = 0; s < weight.length; s++) {
            if (weight[s] > 0) {
                sides += weight[s];
                found.append(found.isEmpty() ? "" : "; ").append(SIDE_NAMES.get(s)).append(": ").append(hit[s]);
            }
        }
        if (sides < SIDES || EXAMINER_LABEL.matcher(reply.folded()).find()) {
            return Optional.empty();
        }
        return Optional.of(new Violation(OutOfCharacterCheck.RULE, "the performer's reality, " + found));
    }

    /**
     * The entries starting with {@code word}, or with another form of it: a side is a meaning, not a spelling, so "the
     * faculty books me" reads the entry "booked", « on me paie » the entry "paye" (an English -s, -es, -ed or -ing, a
     * French -e or -s, each tried once; a hash lookup each).
     */
    private static List<Entry> starting(String word) {
        List<Entry> entries = ENTRIES.get(word);
        if (entries != null || word.length() < 4) {
            return entries;
        }
        String base = word.endsWith("ing") ? word.substring(0, word.length() - 3)
                : word.endsWith("ed") || word.endsWith("es") ? word.substring(0, word.length() - 2)
                : word.endsWith("s") || word.endsWith("e") ? word.substring(0, word.length() - 1) : word;
        for (String form : new String[] {base, base + "s", base + "ed", base + "e", base + "es", base + "ing"}) {
            if (!form.equals(word) && form.length() >= 4 && (entries = ENTRIES.get(form)) != null) {
                return entries;
            }
        }
        return null;
    }

    /** Whether every content word of an entry found is one the script or the conversation says. */
    private boolean grounded(String[] entry) {
        boolean any = false;
        for (String w : entry) {
            if (w.length() >= 4 && !UnscriptedExplanation.EMPTY.contains(w)) {
                if (!support.says(w)) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    /** An entry of a side: its folded words, and what it weighs (2 for an entry marked "!"). */
    private record Entry(int side, String[] words, int weight) {

        boolean at(String[] reply, int i) {
            if (i + words.length > reply.length) {
                return false;
            }
            for (int k = 1; k < words.length; k++) {
                if (!words[k].equals(reply[i + k])) {
                    return false;
                }
            }
            return true;
        }
    }

    private static String read() {
        try (InputStream in = OtherReality.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The entries of every side, by their first word (a reply is read once, word by word). */
    private static Map<String, List<Entry>> load(List<String> sideNames) {
        Map<String, List<Entry>> entries = new HashMap<>();
        for (String line : read().split("\\R")) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            if (l.startsWith("[")) {
                sideNames.add(l.replaceAll("[\\[\\]]", ""));
                continue;
            }
            for (String entry : l.split(",")) {
                String e = entry.strip();
                boolean strong = e.startsWith("!");
                List<String> words = Disguises.tokens(Disguises.fold(strong ? e.substring(1) : e));
                if (!words.isEmpty()) {
                    entries.computeIfAbsent(words.get(0), k -> new ArrayList<>())
                            .add(new Entry(sideNames.size() - 1, words.toArray(String[]::new), strong ? 2 : 1));
                }
            }
        }
        return entries;
    }
}
