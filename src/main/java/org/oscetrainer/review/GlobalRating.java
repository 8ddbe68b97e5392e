package org.oscetrainer.review;

/**
 * The examiner's overall judgement of the performance, on the usual 5-point OSCE scale, apart from
 * the checklist. Used for pass marks by borderline regression (the checklist score regressed on
 * this rating, read at {@link #BORDERLINE}).
 */
public enum GlobalRating {
    FAIL(1), BORDERLINE(2), PASS(3), GOOD(4), EXCELLENT(5);

    private final int value;

    GlobalRating(int value) {
        this.value = value;
    }

    public int value() {
        return value;
    }

    public static GlobalRating of(int value) {
        for (GlobalRating r : values()) {
            if (r.value == value) {
                return r;
            }
        }
        throw new IllegalArgumentException("A global rating is 1 to 5, not " + value);
    }
}
