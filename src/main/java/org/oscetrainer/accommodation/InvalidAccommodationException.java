package org.oscetrainer.accommodation;

import org.oscetrainer.common.InvalidRequestException;

/** An accommodation cannot be recorded as asked; its message key says why, for people. */
public class InvalidAccommodationException extends InvalidRequestException {

    public InvalidAccommodationException(String key, String message, Object... arguments) {
        super(key, message, arguments);
    }
}
