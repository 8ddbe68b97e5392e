package org.oscetrainer.export;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Stable pseudonyms for a pseudonymised export: a keyed hash (HMAC-SHA256) of a student's number,
 * shown as {@code P-} and the first 10 characters of its Base32 form (50 bits), so that the same key
 * gives the same student the same pseudonym in every export, and another key gives unrelated ones.
 * Without the key, a pseudonym cannot be traced back to a student number by trying all numbers.
 * Examiners get {@code E-} pseudonyms from the same key (their username, hashed apart from the
 * students' numbers). The key is a secret of the deployment: see {@code docs/exports.md}. Thread-safe.
 */
public final class Pseudonymiser {

    private static final String ALGORITHM = "HmacSHA256";
    private static final char[] BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".toCharArray();
    private static final int LENGTH = 10;
    /** Shorter keys are too easy to guess. */
    static final int MIN_KEY_BYTES = 16;

    private final SecretKeySpec key;

    /** @param key the secret, at least 16 bytes (32 random bytes recommended); copied */
    public Pseudonymiser(byte[] key) {
        if (key == null || key.length < MIN_KEY_BYTES) {
            throw new IllegalArgumentException("the pseudonym key needs at least " + MIN_KEY_BYTES + " bytes");
        }
        this.key = new SecretKeySpec(Arrays.copyOf(key, key.length), ALGORITHM);
    }

    /** The pseudonym of the student with this student number, {@code P-XXXXXXXXXX}. */
    public String student(String studentNumber) {
        return "P-" + hash(studentNumber);
    }

    /** The pseudonym of the examiner with this username, {@code E-XXXXXXXXXX}. */
    public String examiner(String username) {
        return "E-" + hash("examiner:" + username);
    }

    private String hash(String value) {
        byte[] digest;
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            digest = mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
        } catch (InvalidKeyException e) {
            throw new IllegalStateException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
        }
        StringBuilder out = new StringBuilder(LENGTH);
        int buffer = 0;
        int bits = 0;
        for (int i = 0; out.length() < LENGTH; ) {
            if (bits < 5) {
                buffer = (buffer << 8) | (digest[i++] & 0xff);
                bits += 8;
            }
            out.append(BASE32[(buffer >> (bits - 5)) & 31]);
            bits -= 5;
        }
        return out.toString();
    }
}
