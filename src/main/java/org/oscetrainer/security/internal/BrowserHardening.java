package org.oscetrainer.security.internal;

import com.vaadin.flow.spring.security.RequestUtil;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * What the browser chain adds to Vaadin's defaults (issue 11, docs/decisions/011-hardening.md):
 * <ul>
 * <li><b>CSRF on the sign-in form.</b> Vaadin's configurer exempts its login page from CSRF, so a page
 *     of another site could sign a visitor in to an account of its choosing (login CSRF). Vaadin's
 *     login form already sends the token that Vaadin writes into every page ({@code meta _csrf}), so
 *     only Vaadin's own requests stay exempt: they carry Vaadin's own CSRF token. A sign-in without
 *     the token is refused (403, whose error dispatch the chain answers with the sign-in page).</li>
 * <li><b>A Content-Security-Policy</b> with what Vaadin Flow needs and no more: inline and eval'd
 *     scripts (its client engine starts inline and runs the server's {@code executeJs} as functions),
 *     inline styles; everything else from the app's own origin, WebSockets (push and the API) included;
 *     no framing, no plugins, forms only to the app.</li>
 * <li><b>Referrer-Policy same-origin</b>: links out of the app do not tell other sites which
 *     encounter or session was open.</li>
 * </ul>
 * SameSite=Lax on the session cookie is set in application.yml ({@code server.servlet.session.cookie.same-site}).
 */
final class BrowserHardening {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; "
            + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; "
            + "font-src 'self' data:; "
            + "connect-src 'self'; "
            + "media-src 'self' blob:; "
            + "worker-src 'self' blob:; "
            + "object-src 'none'; "
            + "base-uri 'self'; "
            + "form-action 'self'; "
            + "frame-ancestors 'none'";

    private BrowserHardening() {
    }

    static void apply(HttpSecurity http, RequestUtil vaadinRequests) throws Exception {
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
    }
}
