package org.oscetrainer.incident;

import org.oscetrainer.common.InvalidRequestException;

/** An incident report that cannot be taken as made (no kind, a description too long, an unknown turn). */
public class InvalidIncidentReportException extends InvalidRequestException {

    InvalidIncidentReportException(String key, String message, Object... arguments) {
        super(key, message, arguments);
    }
}
