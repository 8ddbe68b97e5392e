package org.oscetrainer.security.sso;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * University single sign-on through OpenID Connect ({@code osce.sso.*}), off by default. The provider
 * itself (issuer, client id and secret) is a Spring Security client registration under
 * {@code spring.security.oauth2.client.registration.<registration-id>}; see docs/accounts-sso.md.
 *
 * @param enabled {@code osce.sso.enabled}: shows "Sign in with …" on the sign-in page and accepts the provider's sign-ins
 * @param registrationId {@code osce.sso.registration-id}: which client registration is the provider
 * @param providerName {@code osce.sso.provider-name}: the name on the button, e.g. "Université Exemple"
 * @param claim {@code osce.sso.claim}: the ID token (or user info) claim that identifies the person, e.g. {@code email}
 * @param accountAttribute {@code osce.sso.account-attribute}: which attribute of an existing account that claim must equal
 * @param requireVerifiedEmail {@code osce.sso.require-verified-email}: refuse an e-mail the provider says is not verified
 */
@ConfigurationProperties("osce.sso")
public record SsoProperties(@DefaultValue("false") boolean enabled, @DefaultValue("university") String registrationId,
        @DefaultValue("") String providerName, @DefaultValue("email") String claim,
        @DefaultValue("email") AccountAttribute accountAttribute, @DefaultValue("true") boolean requireVerifiedEmail) {

    /** The provider's name for people: {@code provider-name}, else the registration id. */
    public String displayName() {
        return providerName.isBlank() ? registrationId : providerName;
    }

    /** The path that starts a sign-in at the provider (Spring Security's authorization request endpoint). */
    public String signInPath() {
        return "/oauth2/authorization/" + registrationId;
    }

    /** What the provider's claim is compared with. Roles always come from the account, never from the provider. */
    public enum AccountAttribute {
        /** The account's e-mail address (set by the roster import for students). */
        EMAIL,
        /** The user name, compared as it is (case-insensitive), for staff whose user name is their university login. */
        USERNAME,
        /**
         * A student's number: the user name of a student imported from a roster is their number in lower
         * case. Only student accounts match.
         */
        STUDENT_NUMBER
    }
}
