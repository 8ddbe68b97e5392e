package org.oscetrainer.security.internal;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;

/**
 * BCrypt for passwords of up to 72 bytes in UTF-8 (nearly all), PBKDF2-HMAC-SHA256 (310,000 rounds,
 * Spring Security's 5.8 defaults) for longer ones: BCrypt reads only 72 bytes, and Spring's refuses
 * more, while ASVS asks that passwords of 64 characters be allowed (64 accented letters are 128
 * bytes). Each hash names its algorithm ({@code {bcrypt}…}), so both are checked by one encoder and
 * the choice can change without touching stored hashes. A password too long for a BCrypt hash simply
 * does not match it, rather than failing the sign-in with an error.
 */
final class PasswordHashing implements PasswordEncoder {

    static final int BCRYPT_MAX_BYTES = 72;
    private static final String BCRYPT = "bcrypt";
    private static final String PBKDF2 = "pbkdf2@SpringSecurity_v5_8";

    private final DelegatingPasswordEncoder bcrypt;
    private final DelegatingPasswordEncoder pbkdf2;

    PasswordHashing() {
        Map<String, PasswordEncoder> encoders = Map.of(BCRYPT, new BCryptPasswordEncoder(),
                PBKDF2, Pbkdf2PasswordEncoder.defaultsForSpringSecurity_v5_8());
        this.bcrypt = new DelegatingPasswordEncoder(BCRYPT, encoders);
        this.pbkdf2 = new DelegatingPasswordEncoder(PBKDF2, encoders);
    }

    @Override
    public String encode(CharSequence raw) {
        return fitsBcrypt(raw) ? bcrypt.encode(raw) : pbkdf2.encode(raw);
    }

    @Override
    public boolean matches(CharSequence raw, String encoded) {
        if (raw == null || encoded == null) {
            return false;
        }
        if (encoded.startsWith("{" + BCRYPT + "}") && !fitsBcrypt(raw)) {
            return false;
        }
        return bcrypt.matches(raw, encoded);
    }

    @Override
    public boolean upgradeEncoding(String encoded) {
        return false;
    }

    private static boolean fitsBcrypt(CharSequence raw) {
        return raw.toString().getBytes(StandardCharsets.UTF_8).length <= BCRYPT_MAX_BYTES;
    }
}
