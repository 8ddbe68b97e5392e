package org.oscetrainer.security;

/** A password that {@link PasswordPolicy} refuses, with the translation key of the rule it breaks. */
public class PasswordRejectedException extends AccountException {

    public PasswordRejectedException(String key, Object... arguments) {
        super(key, arguments);
    }
}
