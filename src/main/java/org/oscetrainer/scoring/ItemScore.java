package org.oscetrainer.scoring;

/**
 * The proposed score of one rubric item, with its evidence: the turn that earned it and the exact quote.
 * Evidence fields are {@code null} when the item was not done.
 */
public record ItemScore(String itemId, String label, String category, int points, int maxPoints, Long evidenceTurnId,
        Integer evidenceSeq, String evidenceQuote) {

    public boolean done() {
        return points > 0;
    }
}
