package org.oscetrainer.voice;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Real speech made with espeak-ng (Debian package {@code espeak-ng}, which .ci/run installs): WAV files
 * under {@code target/speech}, made at test time. No espeak-ng fails the test: it is not skipped.
 */
public final class SpeechFiles {

    public static final Path ESPEAK = Path.of(System.getenv().getOrDefault("ESPEAK_NG", "/usr/bin/espeak-ng"));
    private static final Path FOLDER = Path.of("target", "speech");

    private SpeechFiles() {
    }

    /** A WAV of {@code text} spoken by espeak-ng's voice {@code voice} ({@code fr}, {@code en-gb}…). */
    public static Path speech(String name, String voice, String text) {
        try {
            Files.createDirectories(FOLDER);
            Path file = FOLDER.resolve(name + ".wav").toAbsolutePath();
            run(List.of(ESPEAK.toString(), "-v", voice, "-s", "150", "-w", file.toString(), text));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The WAV bytes of {@code text} (the fake speech server's synthesis). */
    public static byte[] synthesise(String voice, String text) {
        try {
            Path file = Files.createTempFile("osce-tts", ".wav");
            try {
                run(List.of(ESPEAK.toString(), "-v", voice, "-w", file.toString(), text));
                return Files.readAllBytes(file);
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void run(List<String> command) throws IOException {
        if (!Files.isExecutable(ESPEAK)) {
            throw new IllegalStateException("The voice tests need espeak-ng at " + ESPEAK
                    + " (apt-get install espeak-ng; .ci/run installs it), or set ESPEAK_NG to its path");
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IOException("espeak-ng failed: " + new String(process.getInputStream().readAllBytes()));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }
}
