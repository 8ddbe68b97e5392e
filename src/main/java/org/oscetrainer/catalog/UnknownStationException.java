package org.oscetrainer.catalog;

/** A station or station version that does not exist (or is not published). */
public class UnknownStationException extends RuntimeException {

    public UnknownStationException(String station) {
        super("Unknown station " + station);
    }
}
