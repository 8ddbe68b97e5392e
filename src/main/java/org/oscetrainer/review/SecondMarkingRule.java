package org.oscetrainer.review;

/** How faculty choose the encounters of a station that get a second marker. */
public enum SecondMarkingRule {
    /** A share of the station's encounters, chosen at random ({@code osce.review.second-marking-share} by default). */
    SHARE,
    /**
     * The encounters whose first marking is signed off with the station's borderline global rating, or with
     * a critical item not done: those where a second opinion matters most.
     */
    BORDERLINE_OR_CRITICAL,
    /** Every encounter of the station. */
    ALL
}
