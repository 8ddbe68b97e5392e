package org.oscetrainer.common;

/**
 * A request that cannot be carried out as made: its message key and arguments say why, for people; its
 * message is for the logs. Each module names its own refusal by extending it (an encounter request, an
 * incident report), so that its callers see which feature said no.
 */
public abstract class InvalidRequestException extends IllegalArgumentException implements HasMessageKey {

    private final String key;
    private final Object[] arguments;

    protected InvalidRequestException(String key, String message, Object... arguments) {
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
