package org.oscetrainer.accommodation;

import org.oscetrainer.common.HasMessageKey;

/** An accommodation cannot be recorded as asked; its message key says why, for people. */
public class InvalidAccommodationException extends IllegalArgumentException implements HasMessageKey {

    private final String key;
    private final transient Object[] arguments;

    public InvalidAccommodationException(String key, String message, Object... arguments) {
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
