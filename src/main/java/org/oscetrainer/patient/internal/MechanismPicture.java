package org.oscetrainer.patient.internal;

import java.util.Optional;

/**
 * The mechanism of the illness pictured ({@code patient/mechanism-picture.txt}, rule {@code leak:mechanism}): the
 * speaker explains how their illness works inside the body, in an image or their own model of it ("I picture the
 * little pipes clogging so the muscle beyond starves", "j'ai compris que si le canal se bouche, ça déborde"). A
 * reader learns the mechanism, and from it the diagnosis. Withheld: the speaker's picture of it (imagining,
 * understanding, what they read, their body "deciding") with a part inside the body and a working of it; or a
 * likeness with two parts inside, a working and a chain of causes. A likeness of what is felt ("like a tight band",
 * "comme un coup de massue", "swollen like a balloon") pictures no working inside and passes.
 */
final class MechanismPicture implements GuardrailCheck {

    static final String RULE = "leak:mechanism";
    private static final PhraseSections PHRASES = PhraseSections.load("/patient/mechanism-picture.txt");
    /** One check per guarded question: each phrase is read again only around what the reply added. */
    private final GrowingTextSearch search = new GrowingTextSearch();

    @Override
    public Optional<Violation> check(ReplyText reply) {
        String words = reply.foldedWords();
        String inside = PHRASES.first(search, "[inside]", words);
        if (inside == null) {
            return Optional.empty();
        }
        String working = PHRASES.first(search, "[working]", words);
        if (working == null) {
            return Optional.empty();
        }
        String picture = PHRASES.first(search, "[picture]", words);
        if (picture != null) {
            return Optional.of(new Violation(RULE, "mechanism pictured: " + picture + " / " + inside + " / " + working));
        }
        String likeness = PHRASES.first(search, "[likeness]", words);
        if (likeness != null && PHRASES.first(search, "[because]", words) != null && PHRASES.distinct("[inside]", words, 2) >= 2) {
            return Optional.of(new Violation(RULE, "mechanism in a likeness: " + likeness + " / " + inside + " / " + working));
        }
        return Optional.empty();
    }
}
