package org.oscetrainer.encounter;

/** A question arrived while the patient is still answering the previous one: one question at a time. */
public class PatientStillAnsweringException extends IllegalStateException {

    public PatientStillAnsweringException() {
        super("The patient is still answering the previous question");
    }
}
