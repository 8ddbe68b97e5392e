package org.oscetrainer.review;

/**
 * A rubric item as one marker sees it: the AI's proposal with its evidence, and the marker's
 * decision ({@code points} is {@code null} while undecided).
 *
 * @param critical the rubric marks the item critical: its proposal is confirmed only after its evidence
 *     was shown ({@code evidenceShown})
 * @param blind the item's AI proposal is hidden until the marker has marked it; while {@link #aiHidden()},
 *     {@code aiPoints} is 0 and the evidence fields are {@code null}
 * @param blindPoints the points the marker gave while the proposal was hidden
 */
public record ItemDecision(String itemId, String label, String category, int maxPoints, int aiPoints,
        Integer evidenceSeq, String evidenceQuote, Integer points, String reason, boolean critical, boolean blind,
        Integer blindPoints, boolean evidenceShown) {

    public boolean decided() {
        return points != null;
    }

    public boolean overridden() {
        return points != null && points != aiPoints;
    }

    /** A blind item not marked yet: the AI's proposal is withheld. */
    public boolean aiHidden() {
        return blind && points == null;
    }
}
