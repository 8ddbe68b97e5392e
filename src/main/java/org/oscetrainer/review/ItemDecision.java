package org.oscetrainer.review;

/**
 * A rubric item as one marker sees it: the AI's proposal with its evidence, and the marker's
 * decision ({@code points} is {@code null} while undecided).
 */
public record ItemDecision(String itemId, String label, String category, int maxPoints, int aiPoints,
        Integer evidenceSeq, String evidenceQuote, Integer points, String reason) {

    public boolean decided() {
        return points != null;
    }

    public boolean overridden() {
        return points != null && points != aiPoints;
    }
}
