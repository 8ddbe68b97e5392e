package org.oscetrainer.security;

import java.time.Instant;

/**
 * A set-password link just created: shown once to whoever created it (and e-mailed when possible);
 * the app keeps only a hash of its token.
 *
 * @param emailedTo the address it was sent to, or {@code null} when it was not sent
 */
public record SetPasswordLink(String username, String displayName, String url, Instant expiresAt, String emailedTo) {
}
