package org.oscetrainer.examsession;

import org.oscetrainer.common.HasMessageKey;

/** A session cannot be scheduled or changed as asked; {@link #key()} says why, for people. */
public class ExamSessionException extends IllegalArgumentException implements HasMessageKey {

    private final String key;

    public ExamSessionException(String key, String message) {
        super(message);
        this.key = key;
    }

    /** The translation key of the message shown to faculty. */
    public String key() {
        return key;
    }

    @Override
    public String messageKey() {
        return key;
    }
}
