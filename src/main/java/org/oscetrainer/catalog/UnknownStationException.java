package org.oscetrainer.catalog;

import org.oscetrainer.common.NotFound;

/** A station or station version that does not exist (or is not published). */
public class UnknownStationException extends RuntimeException implements NotFound {

    public UnknownStationException(String station) {
        super("Unknown station " + station);
    }

    @Override
    public String messageKey() {
        return "error.station.unknown";
    }
}
