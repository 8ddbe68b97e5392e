package org.oscetrainer.review;

/** A signed-off review is read-only. */
public class ReviewLockedException extends IllegalStateException {

    public ReviewLockedException(long encounterId) {
        super("The review of encounter " + encounterId + " is signed off and read-only");
    }
}
