package org.oscetrainer.encounter.api;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;

/**
 * Serves the encounter API at {@value #PATH}, beside Vaadin Push (/VAADIN/push). Spring Security's
 * chain for /api/** authenticates the handshake; browsers may connect only from the app's own
 * origin (Spring's default), other clients send no Origin.
 */
@Configuration
@EnableWebSocket
class EncounterSocketConfiguration implements WebSocketConfigurer {

    static final String PATH = "/api/encounters/ws";

    private final EncounterSocketHandler handler;

    EncounterSocketConfiguration(EncounterSocketHandler handler) {
        this.handler = handler;
    }

    @Override
    public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
        registry.addHandler(handler, PATH);
    }
}
