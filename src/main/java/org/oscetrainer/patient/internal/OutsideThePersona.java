package org.oscetrainer.patient.internal;

import java.util.Optional;
import java.util.regex.Pattern;
import org.oscetrainer.common.Words;

/**
 * The persona seen from outside ({@code patient/outside-the-persona.txt}, rule {@code ooc}): what a reader learns when
 * the speaker is not the person they speak as. The person's life is something read or learned off a paper ("I read
 * her life off a sheet"); the encounter is pretend ("it's all make-believe", « on fait semblant, hein »); the speaker
 * turns to the people watching or the mirror they sit behind; or conducts the doctor's interview from outside it (sit at
 * my eye level, look at me rather than your sheet, stop reading your notes, start with an open question). One line
 * found is enough. A patient's own words in the same vocabulary pass: "I read it on the leaflet", "this can't be
 * real", "look at me when you talk to me", « c'est faux ». An examiner's line ("[Examiner] …") is not read.
 *
 * <p>Cost: one search of the reply's folded words ({@link ReplyText#foldedWords}, already made for the phrase checks)
 * by one pattern grouped by first letter, read again only around what a streamed reply added; the sections are read
 * one by one only when it finds something.
 */
final class OutsideThePersona implements GuardrailCheck {

    private static final String RESOURCE = "/patient/outside-the-persona.txt";
    private static final PhraseSections PHRASES = PhraseSections.load(RESOURCE);
    private static final Pattern ANY = PhraseSections.joined(RESOURCE, s -> true);
    private static final Pattern EXAMINER_LABEL = Pattern.compile("^\\s*\\[?\\s*(examiner|examinateur|examinatrice)\\s*[\\]:]");
    /** One search per guarded question: the pattern is read again only around what the reply added. */
    private final GrowingTextSearch search = new GrowingTextSearch();

    @Override
    public Optional<Violation> check(ReplyText reply) {
        String words = reply.foldedWords();
        if (search.findAny("any", 0, ANY, words) == null || EXAMINER_LABEL.matcher(Words.fold(reply.text())).find()) {
            return Optional.empty();
        }
        for (String section : PHRASES.names()) {
            String found = PHRASES.first(search, section, words);
            if (found != null) {
                return Optional.of(new Violation(OutOfCharacterCheck.RULE, "outside the persona, "
                        + section.replaceAll("[\\[\\]]", "") + ": " + found.replace("|", "").replaceAll("\\s+", " ").strip()));
            }
        }
        return Optional.empty();
    }
}
