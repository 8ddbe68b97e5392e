package org.oscetrainer.encounter;

import org.oscetrainer.common.HasMessageKey;

/** A request about an encounter that cannot be carried out as made (an empty question, a note sent twice…). */
public class InvalidEncounterRequestException extends IllegalArgumentException implements HasMessageKey {

    private final String key;
    private final Object[] arguments;

    InvalidEncounterRequestException(String key, String message, Object... arguments) {
        super(message);
        this.key = key;
        this.arguments = arguments;
    }

    @Override
    public String messageKey() {
        return key;
    }

    @Override
    public Object[] messageArguments() {
        return arguments.clone();
    }
}
