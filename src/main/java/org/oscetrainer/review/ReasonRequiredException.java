package org.oscetrainer.review;

/** Overriding the AI's points needs a reason. */
public class ReasonRequiredException extends IllegalArgumentException {

    public ReasonRequiredException(String itemId) {
        super("A reason is required to override item " + itemId);
    }
}
