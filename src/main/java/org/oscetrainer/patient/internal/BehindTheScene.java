package org.oscetrainer.patient.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Out of character with no word of the exercise ({@code patient/behind-the-scene.txt}, rule {@code ooc}): what a reader
 * learns when the speaker talks from behind the scene though they never name a station, a mark, a role or a machine.
 * The speaker judges the doctor's interviewing as a performance ("good summary", "nicely signposted") or tells them how
 * to conduct it ("try asking me what I think it is", "pensez à vérifier ce que j'ai compris"); is watched (people next
 * door, behind the glass, the camera); has a next student waiting, or a day of them ("you're my fifth today"); has a
 * real life, real children and a real name apart from the person they speak as; knows the room from every other day.
 * A line of these sections stands alone. Some things a patient says too ("this room is freezing", "after lunch", "we're
 * nearly done", "my own kids"): they are signs only (sections named with "?"), and two signs of different kinds are
 * needed. What a patient thanks the doctor for ("you explained it well", "that's a good question") is not read. An
 * examiner's line ("[Examiner] …") is not read.
 */
final class BehindTheScene implements GuardrailCheck {

    private static final PhraseSections PHRASES = PhraseSections.load("/patient/behind-the-scene.txt");
    /** Every section that stands alone in one pattern, and every sign in another: two searches for most replies. */
    private static final Pattern ALONE = PhraseSections.joined("/patient/behind-the-scene.txt", s -> !sign(s));
    private static final Pattern SIGNS = PhraseSections.joined("/patient/behind-the-scene.txt", BehindTheScene::sign);
    private static final Pattern EXAMINER_LABEL = Pattern.compile("^\\s*\\[?\\s*(examiner|examinateur|examinatrice)\\s*[\\]:]");
    /** One search per guarded question: each pattern is read again only around what the reply added. */
    private final GrowingTextSearch search = new GrowingTextSearch();

    private static boolean sign(String section) {
        return section.endsWith("?]");
    }

    @Override
    public Optional<Violation> check(ReplyText reply) {
        String words = reply.foldedWords();
        boolean alone = search.findAny("alone", 0, ALONE, words) != null;
        boolean signs = !alone && search.findAny("signs", 0, SIGNS, words) != null;
        if (!alone && !signs || EXAMINER_LABEL.matcher(reply.folded()).find()) {
            return Optional.empty();
        }
        Map<String, String> found = new LinkedHashMap<>();
        for (String section : PHRASES.names()) {
            if (sign(section) == alone) {
                continue;
            }
            String hit = PHRASES.first(search, section, words);
            if (hit == null) {
                continue;
            }
            if (alone) {
                return Optional.of(new Violation(OutOfCharacterCheck.RULE, "behind the scene, "
                        + section.replaceAll("[\\[\\]]", "") + ": " + hit.replace("|", "").strip()));
            }
            found.put(section, hit.replace("|", "").strip());
            if (found.size() >= 2) {
                StringBuilder why = new StringBuilder("behind the scene");
                found.forEach((s, h) -> why.append(", ").append(s.replaceAll("[\\[\\]?]", "")).append(": ").append(h));
                return Optional.of(new Violation(OutOfCharacterCheck.RULE, why.toString()));
            }
        }
        return Optional.empty();
    }
}
