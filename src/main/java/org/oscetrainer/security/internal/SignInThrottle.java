package org.oscetrainer.security.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.oscetrainer.security.AccountProperties;
import org.oscetrainer.security.Usernames;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed sign-ins per account and per address in the database, so that every node of a
 * cluster refuses the same sign-ins ({@link AccountProperties.Throttle}). Two guesses at the same
 * instant on two nodes may both be checked before either is counted: the limits can be passed by a
 * guess or two, never more.
 */
@Component
class SignInThrottle {

    private final SignInFailureRepository failures;
    private final AccountProperties.Throttle settings;
    private final Clock clock;

    SignInThrottle(SignInFailureRepository failures, AccountProperties properties, Clock clock) {
        this.failures = failures;
        this.settings = properties.throttle();
        this.clock = clock;
    }

    /** Until when sign-ins of this account or from this address are refused, if they are now. */
    @Transactional(readOnly = true)
    public Optional<Instant> lockedUntil(String account, String address) {
        Instant now = clock.instant();
        Instant until = max(lockOf(SignInFailure.ACCOUNT, account, settings.perAccount(), now),
                address == null ? null : lockOf(SignInFailure.ADDRESS, address, settings.perAddress(), now));
        return until != null && until.isAfter(now) ? Optional.of(until) : Optional.empty();
    }

    @Transactional
    public void failed(String account, String address) {
        Instant now = clock.instant();
        failures.save(new SignInFailure(SignInFailure.ACCOUNT, key(account), now));
        if (address != null) {
            failures.save(new SignInFailure(SignInFailure.ADDRESS, key(address), now));
        }
    }

    /** A successful sign-in forgets the account's failures (not the address's). */
    @Transactional
    public void succeeded(String account) {
        failures.clear(SignInFailure.ACCOUNT, key(account));
    }

    /** Failures older than a day count for nothing any more. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    @Transactional
    public void purge() {
        failures.purge(clock.instant().minus(settings.window().plus(settings.maxLock()).plus(Duration.ofDays(1))));
    }

    private Instant lockOf(String kind, String subject, int limit, Instant now) {
        long count = failures.countByKindAndSubjectAndAtGreaterThanEqual(kind, key(subject), now.minus(settings.window()));
        if (count < limit) {
            return null;
        }
        return failures.last(kind, key(subject)).plus(settings.lockAfter(count, limit));
    }

    /** Names longer than any account's are counted by their first 100 characters (the column's length). */
    private static String key(String subject) {
        return subject.length() > Usernames.MAX_LENGTH ? subject.substring(0, Usernames.MAX_LENGTH) : subject;
    }

    private static Instant max(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }
}
