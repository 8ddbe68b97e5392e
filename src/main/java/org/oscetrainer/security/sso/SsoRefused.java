package org.oscetrainer.security.sso;

import java.io.Serializable;

/**
 * What the refusal page explains, kept in the HTTP session under {@link #SESSION_ATTRIBUTE} by
 * {@link SsoFailureHandler} (never in the URL, which anyone could craft).
 *
 * @param reason why the sign-in was refused
 * @param provider the provider's name, as on the sign-in button
 * @param claim the claim that identifies people, e.g. {@code email}
 * @param value its value for this person, or {@code null}
 */
public record SsoRefused(SsoRefusal.Reason reason, String provider, String claim, String value) implements Serializable {

    public static final String SESSION_ATTRIBUTE = SsoRefused.class.getName();

    /** Where the browser goes after a refusal. */
    public static final String PAGE = "sso/refused";
}
