package org.oscetrainer.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** BCrypt up to 72 bytes, PBKDF2 beyond, and a long password never breaks a sign-in against a BCrypt hash. */
class PasswordHashingTest {

    private final PasswordHashing hashing = new PasswordHashing();

    @Test
    void shortPasswordsUseBcryptLongOnesPbkdf2AndBothMatch() {
        String shortHash = hashing.encode("tram at dawn");
        String longPassword = "é".repeat(64);
        String longHash = hashing.encode(longPassword);

        assertThat(shortHash).startsWith("{bcrypt}$2a$10$");
        assertThat(longHash).startsWith("{pbkdf2@SpringSecurity_v5_8}");
        assertThat(hashing.matches("tram at dawn", shortHash)).isTrue();
        assertThat(hashing.matches(longPassword, longHash)).isTrue();
        assertThat(hashing.matches("é".repeat(63) + "e", longHash)).isFalse();
    }

    @Test
    void aPasswordLongerThanBcryptReadsDoesNotMatchABcryptHashInsteadOfFailing() {
        String hash = hashing.encode("tram at dawn");
        assertThat(hashing.matches("x".repeat(500), hash)).isFalse();
    }
}
