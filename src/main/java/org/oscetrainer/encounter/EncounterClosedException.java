package org.oscetrainer.encounter;

/** The encounter has ended (by the student or at its deadline): no more questions. */
public class EncounterClosedException extends RuntimeException {

    public EncounterClosedException(long encounterId) {
        super("Encounter " + encounterId + " has ended");
    }
}
