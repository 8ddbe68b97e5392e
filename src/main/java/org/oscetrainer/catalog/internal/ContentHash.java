package org.oscetrainer.catalog.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of a station's two sources: equal hashes mean an unchanged station. */
public final class ContentHash {

    private ContentHash() {
    }

    public static String of(String scenarioSource, String rubricSource) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest((scenarioSource + "\n\u0000\n" + rubricSource).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
