package org.oscetrainer.security.sso;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.oscetrainer.audit.AuditAction;
import org.oscetrainer.audit.AuditEvent;
import org.oscetrainer.security.sso.SsoRefusal.Reason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * A single sign-on that did not give a session: audited as {@code SIGN_IN_FAILED}, then the browser is
 * sent to a page that says why in the person's language. That page never starts a sign-in by itself,
 * so a refused person cannot loop between the app and the provider.
 */
class SsoFailureHandler implements AuthenticationFailureHandler {

    private static final Logger log = LoggerFactory.getLogger(SsoFailureHandler.class);
    /** The audit log's actor and subject columns hold 100 characters. */
    private static final int MAX_ID = 100;

    private final SsoProperties properties;
    private final ApplicationEventPublisher events;

    SsoFailureHandler(SsoProperties properties, ApplicationEventPublisher events) {
        this.properties = properties;
        this.events = events;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        SsoRefused refused;
        String detail;
        if (exception instanceof SsoRefusal refusal) {
            refused = new SsoRefused(refusal.reason(), properties.displayName(), refusal.claim(), clean(refusal.claimValue()));
            detail = refusal.reason() + ": " + refusal.claim() + "=" + (refused.value() == null ? "(none)" : refused.value())
                    + ", sub=" + clean(refusal.subject());
        } else {
            refused = new SsoRefused(Reason.PROVIDER_ERROR, properties.displayName(), properties.claim(), null);
            detail = Reason.PROVIDER_ERROR + ": " + clean(exception.getMessage());
            log.warn("Single sign-on with {} failed: {}", properties.registrationId(), exception.getMessage());
        }
        String who = refused.value() == null ? "?" : cap(refused.value());
        events.publishEvent(new AuditEvent(who, AuditAction.SIGN_IN_FAILED, "account", who, null,
                "single sign-on (" + properties.registrationId() + ") " + detail + " from " + request.getRemoteAddr()));
        request.getSession().setAttribute(SsoRefused.SESSION_ATTRIBUTE, refused);
        response.sendRedirect(request.getContextPath() + "/" + SsoRefused.PAGE);
    }

    /** Without control or format characters (a zero-width space would hide in the audit log), at most 254 characters. */
    static String clean(String value) {
        if (value == null) {
            return null;
        }
        String visible = value.replaceAll("[\\p{Cc}\\p{Cf}]", "").strip();
        return visible.length() > 254 ? visible.substring(0, 254) : visible;
    }

    private static String cap(String value) {
        return value.length() > MAX_ID ? value.substring(0, MAX_ID - 1) + "…" : value;
    }
}
