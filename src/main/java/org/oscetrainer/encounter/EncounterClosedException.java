package org.oscetrainer.encounter;

import org.oscetrainer.common.HasMessageKey;

/** The encounter has ended (by the student or at its deadline): no more questions. */
public class EncounterClosedException extends RuntimeException implements HasMessageKey {

    public EncounterClosedException(long encounterId) {
        super("Encounter " + encounterId + " has ended");
    }

    @Override
    public String messageKey() {
        return "error.encounter.closed";
    }
}
