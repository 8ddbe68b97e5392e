package org.oscetrainer.patient.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
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
 * per side.
 */
final class OtherReality implements GuardrailCheck {

    /** How many sides of the performer's reality make a reply about it. */
    static final int SIDES = 2;
    private static final String RESOURCE = "/patient/other-reality.txt";
    private static final Pattern EXAMINER_LABEL = Pattern.compile("^\\s*\\[?\\s*(examiner|examinateur|examinatrice)\\s*[\\]:]");
    /** Each side's name and its pattern over the folded words (" w1 w2 | w3 "), strong entries in group 1. */
    private static final Map<String, Pattern[]> SIDES_PATTERNS = load();

    private final ScriptSupportCheck.Support support;

    /** {@code support}: what the script and the conversation so far say ({@link ScriptSupportCheck#patientSupport}). */
    OtherReality(ScriptSupportCheck.Support support) {
        this.support = support;
    }

    @Override
    public Optional<Violation> check(ReplyText reply) {
        String words = reply.foldedWords();
        int sides = 0;
        StringBuilder found = new StringBuilder();
        for (Map.Entry<String, Pattern[]> side : SIDES_PATTERNS.entrySet()) {
            int weight = 0;
            String hit = null;
            for (int strong = 0; strong < 2 && weight == 0; strong++) {
                Pattern p = side.getValue()[strong];
                if (p == null) {
                    continue;
                }
                Matcher m = p.matcher(words);
                while (m.find()) {
                    String entry = m.group(1);
                    if (!grounded(entry)) {
                        weight = strong == 0 ? 2 : 1;
                        hit = entry;
                        break;
                    }
                }
            }
            if (weight > 0) {
                sides += weight;
                found.append(found.isEmpty() ? "" : "; ").append(side.getKey()).append(": ").append(hit.strip());
            }
        }
        if (sides < SIDES || EXAMINER_LABEL.matcher(reply.folded()).find()) {
            return Optional.empty();
        }
        return Optional.of(new Violation(OutOfCharacterCheck.RULE, "the performer's reality, " + found));
    }

    /** Whether every content word of an entry found is one the script or the conversation says. */
    private boolean grounded(String entry) {
        boolean any = false;
        for (String w : entry.strip().split(" ")) {
            if (w.length() >= 4 && !UnscriptedExplanation.EMPTY.contains(w)) {
                if (!support.says(w)) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    private static Map<String, Pattern[]> load() {
        String text;
        try (InputStream in = OtherReality.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE);
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Map<String, List<List<String>>> sides = new LinkedHashMap<>();
        List<List<String>> current = null;
        for (String line : text.split("\\R")) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            if (l.startsWith("[")) {
                current = new ArrayList<>(List.of(new ArrayList<>(), new ArrayList<>()));
                sides.put(l.replaceAll("[\\[\\]]", ""), current);
                continue;
            }
            for (String entry : l.split(",")) {
                String e = entry.strip();
                boolean strong = e.startsWith("!");
                String folded = String.join(" ", Disguises.tokens(Disguises.fold(strong ? e.substring(1) : e)));
                if (!folded.isEmpty()) {
                    current.get(strong ? 0 : 1).add(folded);
                }
            }
        }
        Map<String, Pattern[]> out = new LinkedHashMap<>();
        sides.forEach((name, lists) -> {
            Pattern[] p = new Pattern[2];
            for (int i = 0; i < 2; i++) {
                if (!lists.get(i).isEmpty()) {
                    p[i] = Pattern.compile(" (" + String.join("|", lists.get(i).stream().map(OtherReality::entry).toList())
                            + ")(?= )");
                }
            }
            out.put(name, p);
        });
        return out;
    }

    private static String entry(String folded) {
        return Pattern.quote(folded);
    }
}
