package org.oscetrainer.security.internal;

import java.time.Instant;
import org.springframework.security.authentication.LockedException;

/**
 * A sign-in refused, whatever the password, after too many failures of the account or from the
 * address. The login page tells it apart from a wrong password (Spring keeps the last failure in
 * the session), and says when to try again.
 */
public class SignInThrottledException extends LockedException {

    private final Instant lockedUntil;

    SignInThrottledException(Instant lockedUntil) {
        super("Too many failed sign-ins: try again later");
        this.lockedUntil = lockedUntil;
    }

    /** When sign-ins are accepted again. */
    public Instant lockedUntil() {
        return lockedUntil;
    }
}
