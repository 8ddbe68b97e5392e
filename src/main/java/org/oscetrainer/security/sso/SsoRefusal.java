package org.oscetrainer.security.sso;

import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;

/**
 * The provider vouched for a person, but they have no usable account here. Thrown from the user
 * service, so Spring Security ends the sign-in; {@link SsoFailureHandler} audits it and shows the page.
 */
public class SsoRefusal extends OAuth2AuthenticationException {

    /** Why; each has a text on the refusal page ({@code sso.refused.<reason>} in the bundles). */
    public enum Reason {
        NO_ACCOUNT, NO_CLAIM, AMBIGUOUS, DISABLED, UNVERIFIED_EMAIL,
        /** The provider answered with an error, or the exchange with it failed (cancelled, expired, misconfigured). */
        PROVIDER_ERROR;

        public String key() {
            return "sso.refused." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    private final Reason reason;
    private final String claim;
    private final String claimValue;
    private final String subject;

    SsoRefusal(Reason reason, String claim, String claimValue, String subject) {
        super(new OAuth2Error("osce_" + reason.name().toLowerCase(java.util.Locale.ROOT)),
                reason + " for " + claim + "=" + claimValue);
        this.reason = reason;
        this.claim = claim;
        this.claimValue = claimValue;
        this.subject = subject;
    }

    public Reason reason() {
        return reason;
    }

    public String claim() {
        return claim;
    }

    /** The claim's value as the provider sent it, or {@code null} when it sent none. */
    public String claimValue() {
        return claimValue;
    }

    /** The provider's subject ({@code sub}) of the person. */
    public String subject() {
        return subject;
    }
}
