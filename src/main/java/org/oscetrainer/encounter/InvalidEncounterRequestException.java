package org.oscetrainer.encounter;

import org.oscetrainer.common.InvalidRequestException;

/** A request about an encounter that cannot be carried out as made (an empty question, a note sent twice…). */
public class InvalidEncounterRequestException extends InvalidRequestException {

    InvalidEncounterRequestException(String key, String message, Object... arguments) {
        super(key, message, arguments);
    }
}
