package org.oscetrainer.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oscetrainer.common.Words;
import org.oscetrainer.encounter.TranscriptTurn;

/**
 * The student's turns cut into sentences (the unit the offline grader credits and quotes), without
 * the sentences that do not ask anything of the patient:
 * <ul>
 * <li>declining to ask: "I won't ask about smoking", "je ne vais pas vous demander", "pas besoin de
 * parler de", "don't worry" (reassurance is not exploring concerns);</li>
 * <li>asides about oneself, an apology or a first-person remark that is not a question: "Sorry, I'm
 * a bit short of breath myself", "Excusez-moi, je dois boire un peu d'eau".</li>
 * </ul>
 * The patient's turns are never read.
 */
final class StudentSentences {

    /** A sentence of a student's turn: its exact text (a substring of the turn) and its turn. */
    record Sentence(TranscriptTurn turn, String text) {
    }

    private static final Pattern SENTENCE = Pattern.compile("[^.?!;\\n]+[.?!;]*");

    private static final Pattern DECLINES = Pattern.compile("\\b(won ?t|will not|not going to|shan ?t|no need to"
            + "|don ?t need to|do not need to|needn ?t|let ?s not|i ?ll skip|skip|don ?t worry|do not worry"
            + "|ne vais pas|n ?allons pas|ne vous demanderai pas|ne demanderai pas|ne va pas|pas besoin"
            + "|pas la peine|inutile de|ne vous inquietez pas|laissons de cote)\\b");

    private static final Pattern APOLOGY = Pattern.compile("^\\W*(sorry|excuse me|apologies|i apologise|i apologize"
            + "|pardon|excusez|desole|desolee)\\b");

    private static final Pattern ABOUT_ONESELF = Pattern.compile("\\b(myself|moi meme|moi aussi)\\b");

    private StudentSentences() {
    }

    static List<Sentence> of(List<TranscriptTurn> transcript) {
        List<Sentence> sentences = new ArrayList<>();
        for (TranscriptTurn turn : transcript) {
            if (turn.speaker() != TranscriptTurn.Speaker.STUDENT || turn.text() == null) {
                continue;
            }
            Matcher m = SENTENCE.matcher(turn.text());
            while (m.find()) {
                String text = m.group().strip();
                if (!text.isEmpty() && asks(text)) {
                    sentences.add(new Sentence(turn, text));
                }
            }
        }
        return sentences;
    }

    /** Whether a sentence may earn an item: it neither declines to ask nor is an aside about the student. */
    static boolean asks(String sentence) {
        String folded = Words.fold(sentence).replaceAll("[^a-z0-9?]+", " ").strip();
        if (DECLINES.matcher(folded).find() || ABOUT_ONESELF.matcher(folded).find()) {
            return false;
        }
        return !(APOLOGY.matcher(folded).find() && !sentence.endsWith("?"));
    }
}
