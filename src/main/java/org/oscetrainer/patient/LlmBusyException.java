package org.oscetrainer.patient;

/**
 * The LLM is up but already generating as many replies as allowed (the bulkhead is full): the
 * scripted engine answers at once, so no time is lost and it is not logged as an outage.
 */
public class LlmBusyException extends PatientUnavailableException {

    public LlmBusyException(String message) {
        super(message);
    }
}
