package org.oscetrainer.review;

/**
 * Who marks one encounter and how far they are: the first and second markers (the examiners who began
 * marking as marker 1 and 2, {@code null} before), whether each signed off, the first marker's global
 * rating, and the second marker faculty assigned ({@code null} when none). Holds the rule of who marks
 * next, which {@link ReviewService} applies too: an assigned second marker always marks as marker 2, and
 * marker 2 is theirs alone; without an assignment the first examiner to begin is marker 1, the next marker 2.
 */
record Markers(String first, boolean firstSigned, Integer firstRating, String second, boolean secondSigned,
        String assignedSecond) {

    static final Markers NONE = new Markers(null, false, null, null, false, null);

    /** The marker number {@code me} marks (or marked) as: 1, 2, or 0 when they may only read. */
    int markerFor(String me) {
        if (me.equals(first)) {
            return 1;
        }
        if (me.equals(second)) {
            return 2;
        }
        if (assignedSecond != null) {
            return me.equals(assignedSecond) ? 2 : first == null ? 1 : 0;
        }
        return first == null ? 1 : second == null ? 2 : 0;
    }

    /**
     * Whether {@code me} still has to mark it: a marking they began and have not signed, the second
     * marking assigned to them, or a first marking nobody has begun (unless they are its assigned second
     * marker). Second marking nobody assigned is never "to mark": examiners may still choose to do it.
     */
    boolean toMarkBy(String me) {
        if (me.equals(first)) {
            return !firstSigned;
        }
        if (me.equals(second)) {
            return !secondSigned;
        }
        if (me.equals(assignedSecond)) {
            return second == null;
        }
        return first == null;
    }

    /** Whether marker 2 is taken: assigned, or begun by someone. */
    boolean secondTaken() {
        return assignedSecond != null || second != null;
    }
}
