package org.oscetrainer.scoring.internal;

/** The LLM grader gave no usable answer (timeout, HTTP error, invalid JSON twice). */
public class GradingFailedException extends RuntimeException {

    public GradingFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
