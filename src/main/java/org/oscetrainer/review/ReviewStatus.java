package org.oscetrainer.review;

/** Where an encounter stands in review. */
public enum ReviewStatus {
    /** Not signed off by its first marker yet. */
    TO_REVIEW,
    /** Signed off: the final score is known and the review is read-only. */
    SIGNED_OFF,
    /** Signed off by its first marker; a second examiner is marking it independently and has not signed yet. */
    SECOND_MARKING
}
