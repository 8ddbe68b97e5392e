package org.oscetrainer.patient.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.oscetrainer.catalog.Scenario;

/**
 * A random-looking token placed in the hidden part of the patient's system prompt, per station
 * version: if a reply repeats it, the prompt has leaked. It is keyed with a secret drawn at start-up,
 * so nobody can know it in advance, and it is the same for every reply of a station version.
 */
final class Canary {

    private static final byte[] SECRET = new byte[32];

    static {
        new SecureRandom().nextBytes(SECRET);
    }

    private Canary() {
    }

    /** The code to look for in replies: 12 lower-case hex digits. */
    static String code(Scenario scenario) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(SECRET, "HmacSHA256"));
            byte[] digest = mac.doFinal((scenario.stationId() + "#" + scenario.versionId() + "#" + scenario.title())
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The token as the prompt writes it. */
    static String token(Scenario scenario) {
        return "CANARY-" + code(scenario).toUpperCase();
    }
}
