package org.oscetrainer.security.internal;

import java.time.Instant;
import java.util.Collections;
import java.util.Set;
import java.util.WeakHashMap;
import org.oscetrainer.audit.AuditAction;
import org.oscetrainer.audit.AuditEvent;
import org.oscetrainer.security.Usernames;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Records sign-ins, failed sign-ins and refused ones in the audit log, under the normalised user name
 * (the name as typed is added when it differs, with its invisible characters spelled out; the audit
 * log cuts what is too long rather than lose the entry). Password sign-ins are recorded by
 * {@link ThrottledSignIn}; other failures (another sign-in method) from Spring Security's events.
 */
@Component
class SignInAudit {

    private final ApplicationEventPublisher events;
    /** A failure is announced by each nested authentication manager it passes through: record it once. */
    private final Set<Throwable> recordedFailures = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

    SignInAudit(ApplicationEventPublisher events) {
        this.events = events;
    }

    void failed(String account, String typed, String address, Exception failure) {
        recordedFailures.add(failure);
        events.publishEvent(new AuditEvent(actor(account), AuditAction.SIGN_IN_FAILED, "account", account, null,
                failure.getClass().getSimpleName() + from(address) + typedAs(account, typed)));
    }

    void throttled(String account, String typed, String address, Instant until, Exception refusal) {
        recordedFailures.add(refusal);
        events.publishEvent(new AuditEvent(actor(account), AuditAction.SIGN_IN_THROTTLED, "account", account, null,
                "refused until " + until + " after repeated failed sign-ins" + from(address) + typedAs(account, typed)));
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        events.publishEvent(new AuditEvent(event.getAuthentication().getName(), AuditAction.SIGN_IN, "account",
                event.getAuthentication().getName(), null, from(event.getAuthentication().getDetails()).strip()));
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        if (!recordedFailures.add(event.getException())) {
            return;
        }
        String typed = event.getAuthentication().getName();
        String account = Usernames.normalise(typed);
        events.publishEvent(new AuditEvent(actor(account), AuditAction.SIGN_IN_FAILED, "account", account, null,
                event.getException().getClass().getSimpleName() + from(event.getAuthentication().getDetails())
                        + typedAs(account, typed)));
    }

    private static String actor(String account) {
        return account == null || account.isBlank() ? "?" : account;
    }

    private static String typedAs(String account, String typed) {
        return typed == null || typed.equals(account) ? "" : ", typed as \"" + Usernames.visible(typed) + "\"";
    }

    static String address(Object details) {
        return details instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
    }

    private static String from(Object details) {
        return from(address(details));
    }

    private static String from(String address) {
        return address == null ? "" : " from " + address;
    }
}
