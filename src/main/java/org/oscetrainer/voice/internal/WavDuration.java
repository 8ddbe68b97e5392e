package org.oscetrainer.voice.internal;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.OptionalDouble;

/** The length in seconds of a RIFF/WAVE recording, read from its header; empty for another format. */
public final class WavDuration {

    private WavDuration() {
    }

    public static OptionalDouble of(byte[] audio) {
        if (audio.length < 12 || !ascii(audio, 0).equals("RIFF") || !ascii(audio, 8).equals("WAVE")) {
            return OptionalDouble.empty();
        }
        ByteBuffer bytes = ByteBuffer.wrap(audio).order(ByteOrder.LITTLE_ENDIAN);
        long byteRate = 0;
        int at = 12;
        while (at + 8 <= audio.length) {
            String id = ascii(audio, at);
            long size = bytes.getInt(at + 4) & 0xffffffffL;
            if (id.equals("fmt ") && at + 16 <= audio.length) {
                byteRate = bytes.getInt(at + 16) & 0xffffffffL;
            } else if (id.equals("data") && byteRate > 0) {
                // a streamed WAV (espeak-ng to a pipe, some recorders) gives 0 or 0xFFFFFFFF: use what is there
                long data = size == 0 || size == 0xffffffffL ? audio.length - at - 8 : Math.min(size, audio.length - at - 8);
                return OptionalDouble.of((double) data / byteRate);
            }
            at += 8 + (int) Math.min(size + (size & 1), Integer.MAX_VALUE - at - 8);
        }
        return OptionalDouble.empty();
    }

    private static String ascii(byte[] audio, int at) {
        return new String(audio, at, 4, StandardCharsets.US_ASCII);
    }
}
