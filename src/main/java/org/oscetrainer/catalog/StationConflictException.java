package org.oscetrainer.catalog;

import org.oscetrainer.common.HasMessageKey;

/**
 * An imported case would replace a station with another patient: the station id it would take (from the
 * uploaded file's name) already holds a different case. Nothing is saved; people are told why and how to
 * import it under another id.
 */
public class StationConflictException extends RuntimeException implements HasMessageKey {

    private final String key;
    private final Object[] arguments;

    StationConflictException(String key, String message, Object... arguments) {
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
