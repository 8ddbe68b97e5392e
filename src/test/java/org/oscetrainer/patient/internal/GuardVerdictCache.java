package org.oscetrainer.patient.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The guard's verdicts on labelled lines, kept between runs of {@link OutOfCharacterReaderTraining} (reading 11,000 lines
 * with the guard takes minutes). A verdict is reused only for the same guard and the same text: the file's first line
 * holds a fingerprint of the guard (its compiled classes, its word lists and the stations), and each verdict the hash
 * of the line it was given for. The tool kept verdicts by position alone, so after a change to the guard, or to a
 * corpus, it trained on the old guard's verdicts until someone deleted the file by hand (review of guard18).
 */
final class GuardVerdictCache {

    private static final String HEADER = "# guard ";

    private final Path file;
    private final String fingerprint;
    private final Map<String, Boolean> known = new LinkedHashMap<>();
    private final Map<String, Boolean> used = new LinkedHashMap<>();

    private GuardVerdictCache(Path file, String fingerprint) {
        this.file = file;
        this.fingerprint = fingerprint;
    }

    /** The verdicts in {@code file} kept for this {@code fingerprint}; none when the file was written for another guard. */
    static GuardVerdictCache open(Path file, String fingerprint) throws IOException {
        GuardVerdictCache cache = new GuardVerdictCache(file, fingerprint);
        if (Files.exists(file)) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (!lines.isEmpty() && lines.get(0).equals(HEADER + fingerprint)) {
                for (String l : lines.subList(1, lines.size())) {
                    int tab = l.lastIndexOf('\t');
                    cache.known.put(l.substring(0, tab), Boolean.parseBoolean(l.substring(tab + 1)));
                }
            }
        }
        return cache;
    }

    /** The verdict kept for the line at {@code place} with this {@code text}, or the one {@code verdict} gives now. */
    boolean verdict(String place, String text, java.util.function.BooleanSupplier verdict) {
        String key = place + "#" + hash(text);
        Boolean v = known.get(key);
        if (v == null) {
            v = verdict.getAsBoolean();
        }
        used.put(key, v);
        return v;
    }

    /** Writes the verdicts used in this run (only those: a line gone from a corpus is forgotten). */
    void save() throws IOException {
        StringBuilder out = new StringBuilder(HEADER).append(fingerprint).append('\n');
        used.forEach((k, v) -> out.append(k).append('\t').append(v).append('\n'));
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, out, StandardCharsets.UTF_8);
    }

    /**
     * A hash of every file under {@code roots} (path and content, in a stable order) but those {@code skipped}: the
     * guard's classes, word lists and stations; the reader's own weights are skipped, its verdicts never being kept.
     */
    static String fingerprint(List<Path> roots, Predicate<Path> skipped) throws IOException {
        MessageDigest digest = sha256();
        for (Path root : roots) {
            if (!Files.exists(root)) {
                continue;
            }
            List<Path> files;
            try (Stream<Path> walk = Files.walk(root)) {
                files = walk.filter(Files::isRegularFile).filter(skipped.negate()).sorted().toList();
            }
            for (Path f : files) {
                digest.update(root.relativize(f).toString().getBytes(StandardCharsets.UTF_8));
                digest.update(Files.readAllBytes(f));
            }
        }
        return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
    }

    private static String hash(String text) {
        return HexFormat.of().formatHex(sha256().digest(text.getBytes(StandardCharsets.UTF_8))).substring(0, 12);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }
}
