package org.oscetrainer.security.internal;

import org.springframework.security.authentication.LockedException;

/** A sign-in refused, whatever the password, after too many failures of the account or from the address. */
class SignInThrottledException extends LockedException {

    SignInThrottledException() {
        super("Too many failed sign-ins: try again later");
    }
}
