package org.oscetrainer.security.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps requests that carry a session id that is no longer valid from starting a new session, unless
 * they are a page load.
 *
 * <p>The cause of the sign-in bounce (issue 11): signing in replaces the session id (session-fixation
 * protection). Requests the sign-in page had already sent with the old id (its unload beacon, a Vaadin
 * UIDL or heartbeat request, push, the PWA's late {@code /icons/icon-*.png} fetches) reached the server
 * after the new id was given. Finding their session gone, Tomcat or Vaadin made a fresh, anonymous one
 * and sent its cookie, which replaced the signed-in cookie in the browser: the next page showed the
 * sign-in form again, although the server had accepted the password.
 *
 * <p>Such requests now get what their kind expects without a session: Vaadin's UIDL the
 * "session expired" answer, a beacon 204, a heartbeat 403 (which Vaadin's page reads as "session
 * expired": it reloads, which leads to the sign-in page and back), push 403,
 * anything else (icons, static files)
 * is served with a {@link ThrowawaySession} that is never a container session and sets no cookie. A
 * page load (a navigation, or a request without Fetch metadata that is not a Vaadin request) and the
 * sign-in form's POST still start a new session, as they must after a session expires.
 *
 * <p>The heartbeat's 403 is also how a page learns that its node died (issue 14): behind HAProxy its
 * next heartbeat ({@code vaadin.heartbeatInterval}) reaches the surviving node with the dead node's
 * session id (a heartbeat is plain text like a beacon: only a UIDL beacon gets the beacon's 204, or
 * the page would never learn); the page reloads, the student signs in again and the encounter resumes.
 */
class StaleSessionFilter extends OncePerRequestFilter {

    static final String SESSION_EXPIRED_UIDL = "for(;;);[{\"meta\":{\"sessionExpired\":true}}]";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!carriesDeadSession(request) || pageLoad(request)) {
            chain.doFilter(request, response);
            return;
        }
        String vaadinRequest = vaadinRequestType(request);
        if (beacon(request)) {
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
        } else if ("uidl".equals(vaadinRequest)) {
            response.setStatus(HttpServletResponse.SC_OK);
            response.setContentType("application/json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write(SESSION_EXPIRED_UIDL);
        } else if ("heartbeat".equals(vaadinRequest) || "push".equals(vaadinRequest)) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        } else {
            chain.doFilter(new WithoutNewSession(request), response);
        }
    }

    static boolean carriesDeadSession(HttpServletRequest request) {
        return request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
    }

    /** A navigation the person made, or the sign-in form's POST: these may start a session. */
    static boolean pageLoad(HttpServletRequest request) {
        if ("POST".equals(request.getMethod())) {
            return "/login".equals(request.getRequestURI().substring(request.getContextPath().length()))
                    && vaadinRequestType(request) == null;
        }
        String mode = request.getHeader("Sec-Fetch-Mode");
        if (mode != null) {
            return "navigate".equals(mode);
        }
        return "GET".equals(request.getMethod()) && vaadinRequestType(request) == null;
    }

    /** Vaadin's request type ({@code v-r=uidl}, {@code heartbeat}, {@code push}…), or null. */
    static String vaadinRequestType(HttpServletRequest request) {
        String type = request.getParameter("v-r");
        return type == null || type.isBlank() ? null : type;
    }

    /** {@code navigator.sendBeacon} from Vaadin as a page unloads: a plain-text UIDL POST (a heartbeat is plain text too). */
    static boolean beacon(HttpServletRequest request) {
        String type = request.getContentType();
        return "POST".equals(request.getMethod()) && type != null && type.startsWith("text/plain")
                && "uidl".equals(vaadinRequestType(request));
    }

    /** The request as the rest of the chain sees it: asking for a session gives a throwaway one. */
    private static final class WithoutNewSession extends HttpServletRequestWrapper {

        private ThrowawaySession session;

        WithoutNewSession(HttpServletRequest request) {
            super(request);
        }

        @Override
        public HttpSession getSession() {
            return getSession(true);
        }

        @Override
        public HttpSession getSession(boolean create) {
            if (session == null && create) {
                session = new ThrowawaySession(getServletContext());
            }
            return session;
        }

        @Override
        public String changeSessionId() {
            return getSession(true).getId();
        }
    }
}
