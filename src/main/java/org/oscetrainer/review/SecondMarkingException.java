package org.oscetrainer.review;

import org.oscetrainer.common.HasMessageKey;

/** Second marking cannot be assigned as asked (not an examiner, a share out of range, an unknown station). */
public class SecondMarkingException extends IllegalArgumentException implements HasMessageKey {

    private final String messageKey;
    private final Object[] arguments;

    public SecondMarkingException(String messageKey, String message, Object... arguments) {
        super(message);
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    @Override
    public String messageKey() {
        return messageKey;
    }

    @Override
    public Object[] messageArguments() {
        return arguments.clone();
    }
}
