package org.oscetrainer.examsession;

import org.springframework.security.access.AccessDeniedException;

/** A student asked for a score of an exam whose results faculty have not released yet. */
public class ResultsNotReleasedException extends AccessDeniedException {

    public ResultsNotReleasedException() {
        super("The results of this exam session have not been released yet");
    }
}
