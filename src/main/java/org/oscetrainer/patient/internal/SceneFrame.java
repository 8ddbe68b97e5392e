package org.oscetrainer.patient.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Out of character by meaning ({@code patient/scene-frame.txt}, rule {@code ooc}): the speaker speaks of the encounter
 * as a training exercise rather than living it. The list holds concepts, not sentences: the encounter as an exercise
 * with a start, an end and a score (the station, the marks, the checklist, the examiner or tutor, the role player,
 * the debrief, students as a class); coaching the student's questioning; grading it; stepping out of the scene,
 * pausing or restarting it; the person behind the patient and their real life; the clock. Each concept alone is what a
 * patient or an angry relative may say in the same words ("you should have asked me earlier", "vous n'avez même pas
 * demandé", "my role at work", "seven out of ten" for pain), so a reply is withheld only when it holds two different
 * concepts, or time kept for the student ("il vous reste trois minutes", "time's up"), or the scene restarted from
 * the student's part ("let's restart from your introduction"). An examiner's line (the
 * station's findings voice, "[Examiner] …") speaks of the station by right and is not read.
 */
final class SceneFrame implements GuardrailCheck {

    private static final PhraseSections PHRASES = PhraseSections.load("/patient/scene-frame.txt");
    private static final Pattern EXAMINER_LABEL = Pattern.compile("^\\s*\\[?\\s*(examiner|examinateur|examinatrice)\\s*[\\]:]");
    /** The concepts that stand alone: time kept for the student, the scene restarted from the student's part. */
    private static final java.util.Set<String> ALONE = java.util.Set.of("[time]", "[restart]");
    /** One check per guarded question: each phrase is read again only around what the reply added. */
    private final GrowingTextSearch search = new GrowingTextSearch();

    @Override
    public Optional<Violation> check(ReplyText reply) {
        String words = reply.foldedWords();
        Map<String, String> found = new LinkedHashMap<>();
        for (String concept : PHRASES.names()) {
            String hit = PHRASES.first(search, concept, words);
            if (hit == null) {
                continue;
            }
            found.put(concept, hit.replace("|", "").strip());
            if (ALONE.contains(concept) || found.size() >= 2) {
                if (EXAMINER_LABEL.matcher(reply.folded()).find()) {
                    return Optional.empty();
                }
                StringBuilder why = new StringBuilder("scene frame");
                found.forEach((c, h) -> why.append(", ").append(c.replaceAll("[\\[\\]]", "")).append(": ").append(h));
                return Optional.of(new Violation(OutOfCharacterCheck.RULE, why.toString()));
            }
        }
        return Optional.empty();
    }
}
