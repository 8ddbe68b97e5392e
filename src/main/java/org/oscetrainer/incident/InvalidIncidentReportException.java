package org.oscetrainer.incident;

import org.oscetrainer.common.HasMessageKey;

/** An incident report that cannot be taken as made (no kind, a description too long, an unknown turn). */
public class InvalidIncidentReportException extends IllegalArgumentException implements HasMessageKey {

    private final String key;
    private final Object[] arguments;

    InvalidIncidentReportException(String key, String message, Object... arguments) {
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
