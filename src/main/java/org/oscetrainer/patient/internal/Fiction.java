package org.oscetrainer.patient.internal;

import java.util.Optional;

/**
 * Out of character about the fiction ({@code patient/fiction.txt}, rule {@code ooc}): the speaker steps outside the
 * patient's world and speaks of the story as a story — the script and who wrote it governing what they say, the
 * person who plays the patient, the assessment and its marks, the station's clock, pausing or restarting the scene,
 * the real world set against the story — in English and French. Each phrase ties a thing of the fiction to what it
 * does to the speaker or the student, so that the same words in a patient's world pass: "will I be marked as a
 * difficult patient", "my son's exam", "the doctor's notes", "it's so out of character for Mum", "I had to stop
 * halfway up the hill".
 */
final class Fiction implements GuardrailCheck {

    private static final PhraseSections PHRASES = PhraseSections.load("/patient/fiction.txt");
    /** One check per guarded question: each phrase is read again only around what the reply added. */
    private final GrowingTextSearch search = new GrowingTextSearch();

    @Override
    public Optional<Violation> check(ReplyText reply) {
        String words = reply.foldedWords();
        for (String section : PHRASES.names()) {
            String found = PHRASES.first(search, section, words);
            if (found != null) {
                return Optional.of(new Violation(OutOfCharacterCheck.RULE,
                        "fiction, " + section.replaceAll("[\\[\\]]", "") + ": " + found.replace("|", "").strip()));
            }
        }
        return Optional.empty();
    }
}
