package org.oscetrainer.export;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Export settings.
 *
 * @param pseudonymKey {@code osce.export.pseudonym-key}: the secret (Base64, at least 16 bytes: {@code
 *     openssl rand -base64 32}) from which pseudonymised exports derive each student's pseudonym
 *     (HMAC-SHA256). Set it, and keep it, in a real installation: the
 *     same key gives the same pseudonyms from one export to the next. Unset, a random key is drawn at
 *     start-up (pseudonyms then change with each restart).
 */
@ConfigurationProperties("osce.export")
public record ExportProperties(String pseudonymKey) {
}
