package org.oscetrainer.security.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Drops the beacon a Vaadin page sends as it unloads when it carries a session id that is no longer
 * valid. Signing in replaces the session id (session fixation protection) while the sign-in page is
 * unloading; its beacon, still carrying the old id, would otherwise make the server start a fresh,
 * anonymous session whose cookie replaces the signed-in one, and the person would find the sign-in
 * page again. A beacon expects no answer, so answering 204 without a session loses nothing.
 */
class StaleBeaconFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (staleBeacon(request)) {
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return;
        }
        chain.doFilter(request, response);
    }

    /** A Vaadin request sent by {@code navigator.sendBeacon} (plain text, not JSON) with a dead session id. */
    static boolean staleBeacon(HttpServletRequest request) {
        String type = request.getContentType();
        return "POST".equals(request.getMethod()) && type != null && type.startsWith("text/plain")
                && request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid()
                && request.getQueryString() != null && request.getQueryString().contains("v-r=");
    }
}
