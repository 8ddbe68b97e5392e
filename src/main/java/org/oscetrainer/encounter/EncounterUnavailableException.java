package org.oscetrainer.encounter;

import org.oscetrainer.common.HasMessageKey;
import org.springframework.security.access.AccessDeniedException;

/**
 * The encounter does not exist, or belongs to another student: the two get the same answer, so that
 * nobody learns which encounter ids exist (docs/api.md, code {@code forbidden}).
 */
public class EncounterUnavailableException extends AccessDeniedException implements HasMessageKey {

    public EncounterUnavailableException(long encounterId) {
        super("No encounter #" + encounterId + " of yours");
    }

    @Override
    public String messageKey() {
        return "error.encounter.unavailable";
    }
}
