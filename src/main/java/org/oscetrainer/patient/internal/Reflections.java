package org.oscetrainer.patient.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.oscetrainer.common.Words;

/**
 * What a student says back to the patient around a question (router23, issue 13): empathy, thanks, an
 * acknowledgement ("That must have been so frightening, watching your friend go through that. How is she doing now?",
 * « Ça a dû être un sacré choc, en plein match. Est-ce que vous avez entendu quelque chose ? »). A listener hears the
 * question; the reflection tells nothing and asks nothing, and its words ("frightening", « choc », « peur ») are not a
 * question about the patient's fears. A sentence that does not ask and reflects is left out when another sentence of
 * the turn asks; a turn that only reflects ("Vous avez raison d'être fâchée.") is left whole: the patient reacts to it.
 * Word list in {@code patient/reflections.txt}.
 */
final class Reflections {

    private static final Pattern REFLECTION = read();
    /** Sentences end at a full stop, a question or exclamation mark, a semicolon or an ellipsis. */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?;\u2026])\\s+");

    private Reflections() {
    }

    /** {@code question} without the sentences that only reflect, when another sentence asks; else as it is. */
    static String without(String question) {
        String[] sentences = SENTENCE_END.split(question.strip());
        if (sentences.length < 2) {
            return question;
        }
        List<String> kept = new ArrayList<>();
        boolean dropped = false;
        boolean asks = false;
        for (String sentence : sentences) {
            Utterance u = new Utterance(sentence);
            boolean asking = sentence.contains("?") || u.asks();
            asks |= asking;
            // a greeting, an examination, a request or an instruction said with thanks ("Hi, thanks for coming in.", "Thanks,
            // I'll listen to your heart now.") does something
            boolean doing = u.greeting() || u.introduction() || u.kind() == Utterance.Kind.EXAMINATION || u.requester() || u.asksForAResult() || u.instruction();
            if (!asking && !doing && reflects(sentence)) {
                dropped = true;
            } else {
                kept.add(sentence);
            }
        }
        return dropped && asks && !kept.isEmpty() ? String.join(" ", kept) : question;
    }

    /** The sentence holds an expression of empathy, thanks or acknowledgement. */
    static boolean reflects(String sentence) {
        return REFLECTION.matcher(Words.fold(sentence).replace('\u2019', '\'')).find();
    }

    private static Pattern read() {
        List<String> lines = new ArrayList<>();
        SectionedList.read("/patient/reflections.txt", (section, line) -> lines.add(line.strip()));
        return WholeWords.of(String.join("|", lines));
    }
}
