package org.oscetrainer.cohort;

/** A session cannot be scheduled or changed as asked; the message says why, in plain words. */
public class ExamSessionException extends IllegalArgumentException {

    private final String key;

    public ExamSessionException(String key, String message) {
        super(message);
        this.key = key;
    }

    /** The translation key of the message shown to faculty. */
    public String key() {
        return key;
    }
}
