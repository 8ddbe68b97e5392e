package org.oscetrainer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.oscetrainer.common.EmbeddedMariaDb;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Tests run on a real MariaDB: the local server on 127.0.0.1:3306 when it is up (database
 * {@code osce_test}, emptied once per test run), else the app's embedded MariaDB in
 * {@code target/test-mariadb}.
 */
public class TestDatabase implements EnvironmentPostProcessor, Ordered {

    static final String HOST = "127.0.0.1";
    static final int PORT = 3306;
    /** {@code osce_test}, or {@code $OSCE_TEST_DB} so that two checkouts can run their tests at once. */
    public static final String DATABASE = System.getenv().getOrDefault("OSCE_TEST_DB", "osce_test");

    private static boolean reset;

    @Override
    public int getOrder() {
        return EmbeddedMariaDb.ORDER - 1;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.containsProperty("spring.datasource.url")) {
            return;
        }
        Map<String, Object> props = new HashMap<>();
        if (localServerUp()) {
            resetOnce();
            props.put("spring.datasource.url", "jdbc:mariadb://" + HOST + ":" + PORT + "/" + DATABASE
                    + "?createDatabaseIfNotExist=true");
            props.put("spring.datasource.username", "root");
            props.put("spring.datasource.password", "");
        } else {
            props.put("osce.embedded-db.data-dir", "target/test-mariadb/data");
            props.put("osce.embedded-db.database", DATABASE);
        }
        environment.getPropertySources().addFirst(new MapPropertySource("osceTestDatabase", props));
    }

    public static boolean localServerUp() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(HOST, PORT), 300);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static synchronized void resetOnce() {
        if (reset) {
            return;
        }
        try (Connection c = DriverManager.getConnection("jdbc:mariadb://" + HOST + ":" + PORT + "/", "root", "");
                Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + DATABASE);
            s.execute("CREATE DATABASE " + DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            reset = true;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reset the test database on " + HOST + ":" + PORT, e);
        }
    }
}
