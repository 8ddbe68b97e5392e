package org.oscetrainer.scoring;

import java.time.Instant;
import java.util.List;

/**
 * The score an examiner signed off: the sum of the points they decided, item by item, with their
 * global rating on the station's own scale (its value and the rubric's label for it). Produced by the
 * review module, read by the student.
 */
public record FinalScore(long encounterId, int total, int max, int globalRating, String globalRatingLabel,
        Instant signedAt, List<Item> items) {

    /** One item as decided: the AI's points, the examiner's, and the examiner's reason when they differ. */
    public record Item(String itemId, String label, int aiPoints, int points, int maxPoints, String reason) {

        public boolean overridden() {
            return points != aiPoints;
        }
    }

    public double percent() {
        return max == 0 ? 0 : Math.round(1000.0 * total / max) / 10.0;
    }
}
