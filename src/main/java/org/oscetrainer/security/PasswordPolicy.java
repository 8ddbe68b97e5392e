package org.oscetrainer.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * What a chosen password must be, per OWASP ASVS 5.0 (V6.2): at least {@value #MIN_LENGTH}
 * characters, up to {@value #MAX_LENGTH} (ASVS asks that at least 64 be allowed), no composition
 * rules (any character, spaces included), not one of the 10,000 most common passwords
 * ({@code security/common-passwords.txt}, compared in lower case), and not the user name. Passwords
 * are NFKC-normalised before length checks and hashing, so that a password typed on another keyboard
 * still matches.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private final Set<String> common;

    public PasswordPolicy() {
        this.common = load("/security/common-passwords.txt");
    }

    /** The password as it is hashed and compared. */
    public static String normalise(String raw) {
        return raw == null ? "" : Normalizer.normalize(raw, Normalizer.Form.NFKC);
    }

    /** Throws {@link PasswordRejectedException} with the reason if the password may not be chosen by this user. */
    public void check(String username, String rawPassword) {
        String password = normalise(rawPassword);
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            throw new PasswordRejectedException("password.rule.too-short", MIN_LENGTH);
        }
        if (length > MAX_LENGTH) {
            throw new PasswordRejectedException("password.rule.too-long", MAX_LENGTH);
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (common.contains(lower) || common.contains(lower.strip())) {
            throw new PasswordRejectedException("password.rule.common");
        }
        String name = Usernames.normalise(username);
        if (name.length() >= 3 && lower.contains(name)) {
            throw new PasswordRejectedException("password.rule.username");
        }
    }

    /** How many passwords the list refuses (10,000). */
    public int commonPasswords() {
        return common.size();
    }

    private static Set<String> load(String resource) {
        Set<String> words = new HashSet<>(16_384);
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    words.add(line.strip().toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
