package org.oscetrainer.security.internal;

import java.util.Optional;
import org.oscetrainer.security.PasswordPolicy;
import org.oscetrainer.security.Usernames;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Password sign-in (the login form and HTTP Basic alike): normalises the user name
 * ({@link Usernames}) and the password ({@link PasswordPolicy#normalise}), refuses the sign-in while
 * the account or the address is throttled ({@link SignInThrottle}), checks the password, counts a
 * failure, and records each outcome in the audit log under the account's name.
 */
@Component
class ThrottledSignIn implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final SignInThrottle throttle;
    private final AppUserRepository users;
    private final SignInAudit audit;

    ThrottledSignIn(AccountDetailsService accounts, PasswordEncoder encoder, SignInThrottle throttle,
            AppUserRepository users, SignInAudit audit) {
        this.passwords = new DaoAuthenticationProvider(encoder);
        this.passwords.setUserDetailsService(accounts);
        this.throttle = throttle;
        this.users = users;
        this.audit = audit;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String typed = attempt.getName();
        String account = account(Usernames.normalise(typed));
        String address = SignInAudit.address(attempt.getDetails());
        Optional<java.time.Instant> lockedUntil = throttle.lockedUntil(account, address);
        if (lockedUntil.isPresent()) {
            SignInThrottledException refused = new SignInThrottledException(lockedUntil.get());
            audit.throttled(account, typed, address, lockedUntil.get(), refused);
            throw refused;
        }
        Object credentials = attempt.getCredentials();
        var normalised = UsernamePasswordAuthenticationToken.unauthenticated(account,
                credentials == null ? null : PasswordPolicy.normalise(credentials.toString()));
        normalised.setDetails(attempt.getDetails());
        try {
            Authentication signedIn = passwords.authenticate(normalised);
            throttle.succeeded(account);
            return signedIn;
        } catch (AuthenticationException e) {
            throttle.failed(account, address);
            audit.failed(account, typed, address, e);
            throw e;
        }
    }

    /** The account's own spelling of the name if it has one (the database's collation may match more), else the name. */
    private String account(String name) {
        if (name.isEmpty() || name.length() > Usernames.MAX_LENGTH) {
            return name.isEmpty() ? "?" : name;
        }
        return users.findByUsername(name).map(AppUser::getUsername).orElse(name);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
