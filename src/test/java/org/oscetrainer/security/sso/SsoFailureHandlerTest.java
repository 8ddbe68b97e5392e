package org.oscetrainer.security.sso;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oscetrainer.audit.AuditAction;
import org.oscetrainer.audit.AuditEvent;
import org.oscetrainer.security.sso.SsoProperties.AccountAttribute;
import org.oscetrainer.security.sso.SsoRefusal.Reason;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;

/** A failed single sign-on: one audit entry that nothing can hide in, the reason kept for the page, a redirect to it. */
class SsoFailureHandlerTest {

    private final List<Object> published = new ArrayList<>();
    private final SsoFailureHandler handler = new SsoFailureHandler(new SsoProperties(true, "university",
            "Université Exemple", "email", AccountAttribute.EMAIL, true), published::add);

    @Test
    void aRefusalIsAuditedWithoutInvisibleCharactersAndExplainedOnThePage() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/login/oauth2/code/university");
        request.setRemoteAddr("192.0.2.7");
        MockHttpServletResponse response = new MockHttpServletResponse();
        String hidden = "lea.martin@etu.univ-exemple.fr" + "\u200B".repeat(150);

        handler.onAuthenticationFailure(request, response, new SsoRefusal(Reason.NO_ACCOUNT, "email", hidden, "sub-1"));

        assertThat(response.getRedirectedUrl()).isEqualTo("/sso/refused");
        assertThat(request.getSession().getAttribute(SsoRefused.SESSION_ATTRIBUTE)).isEqualTo(
                new SsoRefused(Reason.NO_ACCOUNT, "Université Exemple", "email", "lea.martin@etu.univ-exemple.fr"));
        assertThat(published).singleElement().isInstanceOfSatisfying(AuditEvent.class, event -> {
            assertThat(event.action()).isEqualTo(AuditAction.SIGN_IN_FAILED);
            assertThat(event.actor()).isEqualTo("lea.martin@etu.univ-exemple.fr");
            assertThat(event.after()).isEqualTo("single sign-on (university) NO_ACCOUNT: email=lea.martin@etu.univ-exemple.fr,"
                    + " sub=sub-1 from 192.0.2.7");
        });
    }

    @Test
    void aLongValueIsCutToTheAuditColumns() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest();
        handler.onAuthenticationFailure(request, new MockHttpServletResponse(),
                new SsoRefusal(Reason.NO_ACCOUNT, "email", "x".repeat(300) + "@example.org", "sub-2"));
        AuditEvent event = (AuditEvent) published.get(0);
        assertThat(event.actor()).hasSize(100);
        assertThat(event.subjectId()).hasSize(100);
    }

    @Test
    void anErrorOfTheProviderIsAuditedAndExplainedAsSuch() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest();
        MockHttpServletResponse response = new MockHttpServletResponse();

        handler.onAuthenticationFailure(request, response,
                new OAuth2AuthenticationException(new OAuth2Error("access_denied"), "[access_denied] the person cancelled"));

        assertThat(response.getRedirectedUrl()).isEqualTo("/sso/refused");
        assertThat(((SsoRefused) request.getSession().getAttribute(SsoRefused.SESSION_ATTRIBUTE)).reason())
                .isEqualTo(Reason.PROVIDER_ERROR);
        AuditEvent event = (AuditEvent) published.get(0);
        assertThat(event.actor()).isEqualTo("?");
        assertThat(event.after()).startsWith("single sign-on (university) PROVIDER_ERROR: [access_denied] the person cancelled");
    }
}
