package org.oscetrainer.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Only a Vaadin unload beacon with a dead session id is dropped; everything else goes through. */
class StaleBeaconFilterTest {

    private static MockHttpServletRequest beacon(boolean sessionValid, String type) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/");
        request.setQueryString("v-r=uidl&v-uiId=0");
        request.setContentType(type);
        request.setRequestedSessionId("old-id");
        request.setRequestedSessionIdValid(sessionValid);
        return request;
    }

    private static int status(MockHttpServletRequest request) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        new StaleBeaconFilter().doFilter(request, response, chain);
        return chain.getRequest() == null ? response.getStatus() : -1;
    }

    @Test
    void aBeaconWithTheSessionIdThatSigningInReplacedIsAnsweredWithoutASession() throws Exception {
        assertThat(status(beacon(false, "text/plain;charset=UTF-8"))).isEqualTo(204);
    }

    @Test
    void everythingElseGoesOn() throws Exception {
        assertThat(status(beacon(true, "text/plain;charset=UTF-8"))).as("live session").isEqualTo(-1);
        assertThat(status(beacon(false, "application/json; charset=UTF-8"))).as("a UIDL request").isEqualTo(-1);
        MockHttpServletRequest login = new MockHttpServletRequest("POST", "/login");
        login.setContentType("application/x-www-form-urlencoded");
        login.setRequestedSessionId("old-id");
        login.setRequestedSessionIdValid(false);
        assertThat(status(login)).as("the sign-in form").isEqualTo(-1);
    }
}
