package org.oscetrainer.cohort;

/** The columns a roster file must have, with their longest accepted value. */
public enum RosterField {
    STUDENT_NUMBER(40), LAST_NAME(100), FIRST_NAME(100), EMAIL(254), GROUP(20);

    private final int maxLength;

    RosterField(int maxLength) {
        this.maxLength = maxLength;
    }

    public int maxLength() {
        return maxLength;
    }
}
