package org.oscetrainer.examsession;

import org.oscetrainer.common.InvalidRequestException;

/** A session cannot be scheduled or changed as asked; {@link #key()} says why, for people. */
public class ExamSessionException extends InvalidRequestException {

    public ExamSessionException(String key, String message) {
        super(key, message);
    }

    /** The translation key of the message shown to faculty. */
    public String key() {
        return messageKey();
    }
}
