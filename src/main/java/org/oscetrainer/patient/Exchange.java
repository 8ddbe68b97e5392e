package org.oscetrainer.patient;

/** One earlier turn of the conversation, as the patient engine needs it. */
public record Exchange(Speaker speaker, String text) {

    public enum Speaker { STUDENT, PATIENT }
}
