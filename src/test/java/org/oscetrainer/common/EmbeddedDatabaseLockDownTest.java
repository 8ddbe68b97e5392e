package org.oscetrainer.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The embedded database, as the app starts it when no datasource is configured, seen from outside: an
 * outside probe once found it on 0.0.0.0 with --skip-grant-tables, open to any name and password.
 */
class EmbeddedDatabaseLockDownTest {

    private static final String DATABASE = "osce_lockdown";
    private static File dataDir;
    private static EmbeddedMariaDb.Running db;

    @BeforeAll
    static void start() throws IOException {
        Path home = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "lockdown-");
        dataDir = home.resolve("mariadb").toFile();
        db = EmbeddedMariaDb.acquire(dataDir, DATABASE);
    }

    @AfterAll
    static void stop() {
        EmbeddedMariaDb.release();
    }

    @Test
    void aConnectionToANonLoopbackAddressOfTheMachineIsRefused() throws IOException {
        Optional<InetAddress> outside = nonLoopbackAddress();
        assumeTrue(outside.isPresent(), "this machine has no non-loopback address to try");
        try (Socket loopback = new Socket()) {
            loopback.connect(new InetSocketAddress("127.0.0.1", db.port()), 2000);
            assertThat(loopback.isConnected()).as("the server listens on 127.0.0.1").isTrue();
        }
        assertThatThrownBy(() -> {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(outside.get(), db.port()), 2000);
            }
        }).as("connecting to %s:%d", outside.get().getHostAddress(), db.port()).isInstanceOf(ConnectException.class);
    }

    @Test
    void aWrongPasswordIsRefused() {
        assertThatThrownBy(() -> connect(db.credentials().appUser(), db.credentials().appPassword() + "x").close())
                .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getErrorCode()).isEqualTo(1045));
        assertThatThrownBy(() -> connect("anyone", "anything").close())
                .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getErrorCode()).isEqualTo(1045));
    }

    @Test
    void rootHasNoNetworkAccess() {
        for (String password : new String[] {"", "root", db.credentials().ownerPassword()}) {
            assertThatThrownBy(() -> connect("root", password).close())
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getErrorCode()).isEqualTo(1045));
        }
    }

    @Test
    void theAppsAccountReadsAndWritesRowsButCannotChangeTheSchemaOrTheAuditTrigger() throws SQLException {
        try (Connection owner = connect(db.credentials().ownerUser(), db.credentials().ownerPassword());
                Statement s = owner.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS audit_probe (id INT PRIMARY KEY, what VARCHAR(20))");
            s.execute("CREATE TRIGGER IF NOT EXISTS audit_probe_no_update BEFORE UPDATE ON audit_probe FOR EACH ROW "
                    + "SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'append-only'");
        }
        try (Connection app = connect(db.credentials().appUser(), db.credentials().appPassword());
                Statement s = app.createStatement()) {
            s.execute("INSERT INTO audit_probe VALUES (1, 'signed in') ON DUPLICATE KEY UPDATE id = id");
            assertThat(s.executeQuery("SELECT COUNT(*) FROM audit_probe").next()).isTrue();
            for (String sql : new String[] {
                    "DROP TRIGGER audit_probe_no_update",
                    "DROP TABLE audit_probe",
                    "ALTER TABLE audit_probe ADD COLUMN role VARCHAR(10)",
                    "CREATE TABLE other (id INT)",
                    "UPDATE mysql.global_priv SET Priv = '{}'",
                    "CREATE USER 'intruder'@'%' IDENTIFIED BY 'x'",
                    "GRANT ALL ON *.* TO '" + db.credentials().appUser() + "'@'127.0.0.1'"}) {
                assertThatThrownBy(() -> s.execute(sql)).as(sql).isInstanceOf(SQLException.class);
            }
        }
    }

    @Test
    void theAccountsAreKeptInAFileOnlyTheAppsUserCanRead() throws IOException {
        Path file = db.credentialsFile();
        assertThat(file).startsWith(dataDir.getParentFile().toPath());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent()))).isEqualTo("rwx------");
        assertThat(Files.readString(file)).contains("app.password=" + db.credentials().appPassword())
                .doesNotContain("root");
    }

    private static Connection connect(String user, String password) throws SQLException {
        return DriverManager.getConnection(db.jdbcUrl(DATABASE), user, password);
    }

    private static Optional<InetAddress> nonLoopbackAddress() throws SocketException {
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (!nic.isUp() || nic.isLoopback()) {
                continue;
            }
            for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                if (address instanceof Inet4Address && !address.isLoopbackAddress() && !address.isLinkLocalAddress()) {
                    return Optional.of(address);
                }
            }
        }
        return Optional.empty();
    }
}
