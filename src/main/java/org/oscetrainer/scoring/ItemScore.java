package org.oscetrainer.scoring;

import java.util.List;
import org.oscetrainer.catalog.Rubric;

/**
 * The proposed score of one rubric item, with its evidence: the student's turn that earned it and an
 * exact quote from it, a short rationale and flags for the examiner ({@code unverified-quote}: the
 * grader cited words the student never said, {@code not-graded}: the grader skipped the item).
 * Evidence fields are {@code null} when the item was not done.
 */
public record ItemScore(String itemId, String label, String category, int points, int maxPoints, Long evidenceTurnId,
        Integer evidenceSeq, String evidenceQuote, String rationale, List<String> flags) {

    /** The LLM grader cited a quote that is not, verbatim, in the student's turn it named. */
    public static final String UNVERIFIED_QUOTE = "unverified-quote";

    /** The LLM grader left the item out of its answer. */
    public static final String NOT_GRADED = "not-graded";

    public ItemScore {
        flags = flags == null ? List.of() : List.copyOf(flags);
    }

    public ItemScore(String itemId, String label, String category, int points, int maxPoints, Long evidenceTurnId,
            Integer evidenceSeq, String evidenceQuote) {
        this(itemId, label, category, points, maxPoints, evidenceTurnId, evidenceSeq, evidenceQuote, null, List.of());
    }

    public boolean done() {
        return points > 0;
    }

    /** The item not earned, with why. */
    static ItemScore none(Rubric.Item item, String rationale) {
        return new ItemScore(item.id(), item.label(), item.category(), 0, item.points(), null, null, null, rationale, List.of());
    }

    /** The item earned with {@code points}, the student's sentence its evidence. */
    static ItemScore earned(Rubric.Item item, int points, AnalysedSentence sentence, String rationale) {
        return new ItemScore(item.id(), item.label(), item.category(), points, item.points(), sentence.turn().id(),
                sentence.turn().seq(), sentence.sentence().text(), rationale, List.of());
    }

    /** The same evidence with other points and rationale. */
    ItemScore withPoints(int points, String rationale) {
        return new ItemScore(itemId, label, category, points, maxPoints, evidenceTurnId, evidenceSeq, evidenceQuote, rationale, flags);
    }
}
