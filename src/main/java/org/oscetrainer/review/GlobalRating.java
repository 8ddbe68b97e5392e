package org.oscetrainer.review;

import org.oscetrainer.catalog.Rubric;

/**
 * The examiner's overall judgement of the performance, apart from the checklist, on the scale the
 * station's rubric defines ({@code global-rating} in the rubric file): its value, the rubric's label
 * for it, and whether it is the scale's borderline level. Used for pass marks by borderline
 * regression (the checklist score regressed on this rating, read at the borderline level).
 */
public record GlobalRating(int value, String label, boolean borderline) {

    /** The level {@code value} of {@code scale}; an exception when the scale has no such level. */
    public static GlobalRating of(Rubric.RatingScale scale, int value) {
        Rubric.Level level = scale.level(value);
        return new GlobalRating(level.value(), level.label(), level.value() == scale.borderline());
    }
}
