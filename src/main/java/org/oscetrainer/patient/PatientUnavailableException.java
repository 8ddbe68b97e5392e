package org.oscetrainer.patient;

/** The patient engine could not answer: the LLM endpoint failed, stalled or timed out. */
public class PatientUnavailableException extends RuntimeException {

    public PatientUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    public PatientUnavailableException(String message) {
        super(message);
    }
}
