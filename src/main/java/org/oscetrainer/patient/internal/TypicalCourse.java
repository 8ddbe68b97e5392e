package org.oscetrainer.patient.internal;

import java.util.Optional;

/**
 * The typical course of an illness said in everyday words ({@code patient/typical-course.txt}, rule
 * {@code leak:course}): the speaker tells how their trouble came on and says it is a known pattern ("that's the
 * classic order", "c'est comme ça que ça commence", "that's how it creeps up after twenty weeks"): what a reader
 * learns is that the story fits an illness someone has recognised, the illness the guard hides. A course told
 * without that claim (the script's own facts, "first round my belly button, then down to the right") passes, and
 * so does a claim that tells no course ("une pilule classique").
 */
final class TypicalCourse implements GuardrailCheck {

    static final String RULE = "leak:course";
    private static final PhraseSections PHRASES = PhraseSections.load("/patient/typical-course.txt");
    /** One check per guarded question: each phrase is read again only around what the reply added. */
    private final GrowingTextSearch search = new GrowingTextSearch();

    @Override
    public Optional<Violation> check(ReplyText reply) {
        String words = reply.foldedWords();
        String pattern = PHRASES.first(search, "[pattern]", words);
        if (pattern == null) {
            return Optional.empty();
        }
        String course = PHRASES.first(search, "[course]", words);
        return course == null ? Optional.empty()
                : Optional.of(new Violation(RULE, "typical course: " + pattern.replace("|", "").strip() + " / " + course));
    }
}
