package org.oscetrainer.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Local accounts ({@code osce.accounts.*}, documented in the README and docs/accounts.md).
 *
 * @param throttle failed sign-ins before a sign-in is refused for a while
 * @param linkValidity {@code osce.accounts.link-validity}: how long a set-password link works (7 days)
 * @param publicUrl {@code osce.accounts.public-url}: the address people open the app at, e.g.
 *     {@code https://osce.faculty.example}, used in set-password links; when empty, the address the
 *     person creating the links is using
 * @param mailFrom {@code osce.accounts.mail-from}: the sender of the set-password e-mails (they are
 *     sent only when {@code spring.mail.host} is set)
 */
@ConfigurationProperties("osce.accounts")
public record AccountProperties(@DefaultValue Throttle throttle, @DefaultValue("7d") Duration linkValidity,
        @DefaultValue("") String publicUrl, @DefaultValue("osce-trainer@localhost") String mailFrom) {

    /**
     * Failed sign-ins are counted per account and per address over {@code window}, in the database
     * (every node sees the same counts). Past {@code perAccount} failures of an account within the
     * window (or {@code perAddress} from one address), sign-ins of that account (or from that address)
     * are refused, even with the right password, for {@code firstLock} after the last failure; each
     * further failure doubles that time, up to {@code maxLock}. A successful sign-in clears the
     * account's failures.
     *
     * @param window {@code osce.accounts.throttle.window} (15 min)
     * @param perAccount {@code osce.accounts.throttle.per-account} (5)
     * @param perAddress {@code osce.accounts.throttle.per-address} (20)
     * @param firstLock {@code osce.accounts.throttle.first-lock} (1 min)
     * @param maxLock {@code osce.accounts.throttle.max-lock} (15 min)
     */
    public record Throttle(@DefaultValue("15m") Duration window, @DefaultValue("5") int perAccount,
            @DefaultValue("20") int perAddress, @DefaultValue("1m") Duration firstLock,
            @DefaultValue("15m") Duration maxLock) {

        /** How long sign-ins stay refused after the last of {@code failures} failures, with {@code limit} allowed. */
        public Duration lockAfter(long failures, int limit) {
            if (failures < limit) {
                return Duration.ZERO;
            }
            long doublings = Math.min(failures - limit, 20);
            Duration lock = firstLock.multipliedBy(1L << doublings);
            return lock.compareTo(maxLock) > 0 ? maxLock : lock;
        }
    }
}
