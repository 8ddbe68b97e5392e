package org.oscetrainer.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * A request with a dead session id never starts a session unless it is a page load; each kind gets
 * the answer it expects. The browser-level proof is SignInSoakBrowserTest.
 */
class StaleSessionFilterTest {

    private static MockHttpServletRequest request(String method, String path, String query, boolean sessionValid) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        if (query != null) {
            request.setQueryString(query);
            for (String pair : query.split("&")) {
                String[] kv = pair.split("=", 2);
                request.addParameter(kv[0], kv.length > 1 ? kv[1] : "");
            }
        }
        request.setRequestedSessionId("old-id");
        request.setRequestedSessionIdValid(sessionValid);
        return request;
    }

    private record Outcome(int status, String body, HttpServletRequest passedOn) {
    }

    private static Outcome filter(MockHttpServletRequest request) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        new StaleSessionFilter().doFilter(request, response, chain);
        return new Outcome(response.getStatus(), response.getContentAsString(), (HttpServletRequest) chain.getRequest());
    }

    @Test
    void vaadinRequestsWithTheReplacedSessionIdAreAnsweredWithoutASession() throws Exception {
        MockHttpServletRequest beacon = request("POST", "/", "v-r=uidl&v-uiId=0", false);
        beacon.setContentType("text/plain;charset=UTF-8");
        Outcome b = filter(beacon);
        assertThat(b.status()).isEqualTo(204);
        assertThat(b.passedOn()).isNull();

        MockHttpServletRequest uidl = request("POST", "/", "v-r=uidl&v-uiId=0", false);
        uidl.setContentType("application/json; charset=UTF-8");
        Outcome u = filter(uidl);
        assertThat(u.body()).isEqualTo(StaleSessionFilter.SESSION_EXPIRED_UIDL);
        assertThat(u.passedOn()).isNull();

        // the heartbeat is plain text too, but it is not a beacon: Vaadin's page reads 403 as "session expired"
        // and reloads (to sign in again); a 204 would leave a page whose node died waiting forever
        MockHttpServletRequest heartbeat = request("POST", "/", "v-r=heartbeat&v-uiId=0", false);
        heartbeat.setContentType("text/plain; charset=utf-8");
        assertThat(filter(heartbeat).status()).isEqualTo(403);
        assertThat(filter(request("POST", "/", "v-r=heartbeat&v-uiId=0", false)).status()).isEqualTo(403);
        assertThat(filter(request("GET", "/VAADIN/push", "v-r=push&v-uiId=0", false)).status()).isEqualTo(403);
    }

    @Test
    void aLateIconFetchIsServedWithAThrowawaySessionThatNeverBecomesTheContainers() throws Exception {
        MockHttpServletRequest icon = request("GET", "/icons/icon-192x192.png", null, false);
        icon.addHeader("Sec-Fetch-Mode", "no-cors");
        Outcome o = filter(icon);
        assertThat(o.passedOn()).isNotNull();
        assertThat(o.passedOn().getSession(false)).isNull();
        assertThat(o.passedOn().getSession()).isInstanceOf(ThrowawaySession.class);
        assertThat(icon.getSession(false)).as("the container's session").isNull();
    }

    @Test
    void pageLoadsAndTheSignInFormStillStartASession() throws Exception {
        MockHttpServletRequest navigation = request("GET", "/stations", null, false);
        navigation.addHeader("Sec-Fetch-Mode", "navigate");
        assertThat(filter(navigation).passedOn()).isSameAs(navigation);

        MockHttpServletRequest noFetchMetadata = request("GET", "/stations", null, false);
        assertThat(filter(noFetchMetadata).passedOn()).isSameAs(noFetchMetadata);

        MockHttpServletRequest login = request("POST", "/login", null, false);
        login.setContentType("application/x-www-form-urlencoded");
        assertThat(filter(login).passedOn()).isSameAs(login);
    }

    @Test
    void requestsWithALiveSessionOrNoneGoOnUntouched() throws Exception {
        MockHttpServletRequest live = request("POST", "/", "v-r=uidl&v-uiId=0", true);
        assertThat(filter(live).passedOn()).isSameAs(live);
        MockHttpServletRequest none = new MockHttpServletRequest("POST", "/");
        none.setQueryString("v-r=uidl");
        none.addParameter("v-r", "uidl");
        assertThat(filter(none).passedOn()).isSameAs(none);
    }
}
