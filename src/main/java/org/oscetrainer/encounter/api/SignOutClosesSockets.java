package org.oscetrainer.encounter.api;

import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import org.springframework.stereotype.Component;

/**
 * When a browser session ends (signing out invalidates it; so does its expiry), the API sockets that
 * were opened with it are closed (status 4401). Spring Boot registers this listener with the servlet
 * container. Sockets opened with HTTP Basic belong to no session and are not affected.
 */
@Component
class SignOutClosesSockets implements HttpSessionListener {

    private final EncounterSocketHandler sockets;

    SignOutClosesSockets(EncounterSocketHandler sockets) {
        this.sockets = sockets;
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        sockets.sessionEnded(event.getSession().getId());
    }
}
