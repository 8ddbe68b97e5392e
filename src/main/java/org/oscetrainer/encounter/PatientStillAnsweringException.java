package org.oscetrainer.encounter;

import org.oscetrainer.common.HasMessageKey;

/** A question arrived while the patient is still answering the previous one: one question at a time. */
public class PatientStillAnsweringException extends IllegalStateException implements HasMessageKey {

    public PatientStillAnsweringException() {
        super("The patient is still answering the previous question");
    }

    @Override
    public String messageKey() {
        return "error.encounter.busy";
    }
}
