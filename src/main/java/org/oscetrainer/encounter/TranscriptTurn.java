package org.oscetrainer.encounter;

import java.time.Instant;

/** A transcript line as shown to people: who spoke, what, when, and which engine produced it. */
public record TranscriptTurn(long id, int seq, Speaker speaker, String text, String engine, Instant at) {

    public enum Speaker { STUDENT, PATIENT }
}
