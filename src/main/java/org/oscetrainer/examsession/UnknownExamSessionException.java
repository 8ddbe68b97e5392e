package org.oscetrainer.examsession;

import org.oscetrainer.common.NotFound;

/** No exam session has this id. */
public class UnknownExamSessionException extends ExamSessionException implements NotFound {

    public UnknownExamSessionException(long sessionId) {
        super("session.error.unknown", "No exam session #" + sessionId);
    }
}
