package org.oscetrainer.security;

/**
 * A refused change to an account, for people: {@link #key()} is the translation key of the reason and
 * {@link #arguments()} its arguments, so that a view shows it in the person's language.
 */
public class AccountException extends RuntimeException {

    private final String key;
    private final transient Object[] arguments;

    public AccountException(String key, Object... arguments) {
        super(key);
        this.key = key;
        this.arguments = arguments.clone();
    }

    public String key() {
        return key;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
