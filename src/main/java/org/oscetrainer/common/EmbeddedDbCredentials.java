package org.oscetrainer.common;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * The embedded database's own accounts: the owner, which Liquibase uses to create and change the
 * schema, and the application's account, which may only read and write rows. Their random passwords
 * live in a file of the data folder that only the operating-system user running the app can read.
 */
public record EmbeddedDbCredentials(String ownerUser, String ownerPassword, String appUser, String appPassword) {

    public static final String OWNER = "osce_owner";
    public static final String APP = "osce_app";
    static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    static final Set<PosixFilePermission> OWNER_ONLY_DIR = PosixFilePermissions.fromString("rwx------");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** New accounts with random 32-byte passwords. */
    public static EmbeddedDbCredentials generate() {
        return new EmbeddedDbCredentials(OWNER, randomPassword(), APP, randomPassword());
    }

    private static String randomPassword() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The credentials kept in {@code file}, if it exists and is complete. */
    public static Optional<EmbeddedDbCredentials> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        String ownerPassword = p.getProperty("owner.password");
        String appPassword = p.getProperty("app.password");
        if (blank(ownerPassword) || blank(appPassword)) {
            return Optional.empty();
        }
        return Optional.of(new EmbeddedDbCredentials(p.getProperty("owner.user", OWNER), ownerPassword,
                p.getProperty("app.user", APP), appPassword));
    }

    /** Writes the file readable and writable by its owner only, replacing any earlier one atomically. */
    public void write(Path file) {
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, ".credentials", ".tmp", PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            Properties p = new Properties();
            p.setProperty("owner.user", ownerUser);
            p.setProperty("owner.password", ownerPassword);
            p.setProperty("app.user", appUser);
            p.setProperty("app.password", appPassword);
            try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                p.store(out, "OSCE Trainer embedded MariaDB accounts. Keep private: owner-only permissions.");
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    @Override
    public String toString() {
        return "EmbeddedDbCredentials[" + ownerUser + ", " + appUser + ", passwords hidden]";
    }
}
