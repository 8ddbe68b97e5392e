package org.oscetrainer.encounter.api;

/** A frame of the API that misses a field or names no known request: told to the client as it is (English). */
class BadFrameException extends IllegalArgumentException {

    BadFrameException(String message) {
        super(message);
    }
}
