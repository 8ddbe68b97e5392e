package org.oscetrainer.audit.internal;

import java.util.Collections;
import java.util.Set;
import java.util.WeakHashMap;
import org.oscetrainer.audit.AuditAction;
import org.oscetrainer.audit.AuditEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/** Records sign-ins and failed sign-ins (Spring Security's authentication events). */
@Component
class SignInAudit {

    private final ApplicationEventPublisher events;
    /** A failure is announced by each nested authentication manager it passes through: record it once. */
    private final Set<Throwable> recordedFailures = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

    SignInAudit(ApplicationEventPublisher events) {
        this.events = events;
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        events.publishEvent(new AuditEvent(event.getAuthentication().getName(), AuditAction.SIGN_IN, "account",
                event.getAuthentication().getName(), null, from(event.getAuthentication().getDetails())));
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        if (!recordedFailures.add(event.getException())) {
            return;
        }
        String name = event.getAuthentication().getName();
        events.publishEvent(new AuditEvent(name == null || name.isBlank() ? "?" : name, AuditAction.SIGN_IN_FAILED,
                "account", name, null, event.getException().getClass().getSimpleName()
                        + from(event.getAuthentication().getDetails()).replaceFirst("^", " ")));
    }

    private static String from(Object details) {
        return details instanceof WebAuthenticationDetails web ? "from " + web.getRemoteAddress() : "";
    }
}
