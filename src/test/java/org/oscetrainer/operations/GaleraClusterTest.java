package org.oscetrainer.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.oscetrainer.catalog.CatalogService;
import org.oscetrainer.operations.NodeDeathTest.Student;
import org.oscetrainer.security.AccountService;
import org.oscetrainer.security.Role;
import org.oscetrainer.security.SystemIdentity;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The app unchanged on a 3-node MariaDB Galera cluster (decision 012): Debian's {@code mariadb-server}
 * and {@code galera-4}, three servers on one machine ({@code src/test/resources/galera/local-cluster.sh}),
 * the app given the three addresses in its JDBC URL (the driver's sequential failover: one writer at a
 * time, as HAProxy does in docs/deploy.md). N students play through the encounter API and the writer
 * is killed ({@code kill -9}) in the middle: every turn a student was told of is on both surviving
 * servers, every question is answered in the end, and the cluster goes on with 2 of 3.
 * {@code -Dgalera.students=50} (the {@code cluster} Maven profile) for the long run; 10 by default.
 */
class GaleraClusterTest {

    private static final int STUDENTS = Integer.getInteger("galera.students", 10);
    private static final Path SCRIPT = Path.of("src/test/resources/galera/local-cluster.sh");

    @Test
    void theAppRunsOnGaleraAndLosesNoTurnWhenTheWriterDies() throws Exception {
        Assumptions.assumeTrue(new File("/usr/lib/galera/libgalera_smm.so").exists() && new File("/usr/bin/rsync").exists(),
                "needs Debian's galera-4 and rsync (apt-get install -y galera-4 rsync)");
        Path dir = Path.of("target/galera").toAbsolutePath();
        run("rm", "-rf", dir.toString());
        int base = freeBase();
        long started = System.nanoTime();
        run("bash", SCRIPT.toString(), "start", dir.toString(), String.valueOf(base));
        long clusterMillis = (System.nanoTime() - started) / 1_000_000;
        ConfigurableApplicationContext node = null;
        try {
            // The database is created once, before the app, as docs/deploy.md says: with the driver's
            // createDatabaseIfNotExist every new pooled connection runs CREATE DATABASE, a DDL that Galera
            // replicates in total order and that aborts Liquibase's open transaction ("Deadlock found").
            try (Connection c = connect(base); Statement s = c.createStatement()) {
                s.execute("create database osce character set utf8mb4 collate utf8mb4_unicode_ci");
            }
            String url = "jdbc:mariadb:sequential//127.0.0.1:%d,127.0.0.1:%d,127.0.0.1:%d/osce"
                    .formatted(base, base + 1, base + 2);
            node = SeveralNodesTest.node("galera", "spring.datasource.url=" + url, "spring.datasource.username=root",
                    "spring.datasource.password=", "osce.patient.token-delay=30ms", "osce.encounter.reply-lease=3s",
                    "osce.encounter.questions-per-minute=600", "spring.datasource.hikari.connection-timeout=5000",
                    "spring.datasource.hikari.validation-timeout=2000");
            ConfigurableApplicationContext app = node;
            long version = SystemIdentity.call(() -> app.getBean(CatalogService.class).latestStation("chest-pain-en").versionId());
            AccountService accounts = node.getBean(AccountService.class);
            List<String> names = new ArrayList<>();
            for (int i = 0; i < STUDENTS; i++) {
                String name = "gal-" + i + "-" + System.nanoTime() % 100000;
                SystemIdentity.run(() -> accounts.createIfAbsent(name, NodeDeathTest.PASSWORD, "Galera " + name, Role.STUDENT));
                names.add(name);
            }
            URI socketUri = URI.create("ws://127.0.0.1:" + ((WebServerApplicationContext) node).getWebServer().getPort()
                    + "/api/encounters/ws");
            HttpClient http = HttpClient.newHttpClient();
            CountDownLatch halfway = new CountDownLatch(STUDENTS);
            ExecutorService pool = Executors.newFixedThreadPool(STUDENTS);
            List<Future<Student>> played = new ArrayList<>();
            for (String name : names) {
                Student student = new Student(name, http, socketUri);
                student.askAgainOn.add("internal"); // the request whose transaction was open on the dead server
                played.add(pool.submit(() -> student.play(version, halfway)));
            }
            assertThat(halfway.await(180, TimeUnit.SECONDS)).as("every student asked half their questions").isTrue();
            assertThat(writer(base)).as("the app writes to the first server of its list").isEqualTo(base);
            run("bash", SCRIPT.toString(), "kill", dir.toString(), "1"); // the writer dies, turns in flight
            List<Student> students = new ArrayList<>();
            for (Future<Student> f : played) {
                students.add(f.get(240, TimeUnit.SECONDS));
            }
            pool.shutdown();

            int turns = 0;
            for (Student s : students) {
                assertThat(s.answered).as("%s: every question answered in the end", s.name).isEqualTo(NodeDeathTest.QUESTIONS);
                assertThat(s.encounters).as("%s: one encounter", s.name).hasSize(1);
                for (int survivor : new int[] {base + 1, base + 2}) {
                    for (Map.Entry<Long, String> turn : s.seen.entrySet()) {
                        assertThat(text(survivor, turn.getKey())).as("%s: turn %d, announced, is on the server at %d",
                                s.name, turn.getKey(), survivor).isEqualTo(turn.getValue());
                    }
                }
                turns += s.seen.size();
            }
            assertThat(status(base + 1, "wsrep_cluster_size")).as("the cluster goes on with 2 of 3").isEqualTo("2");
            System.out.printf("galera: cluster of 3 up in %d ms; %d students, %d turns announced and found on both survivors;"
                    + " %d questions asked again after an error while the writer died%n", clusterMillis, STUDENTS, turns,
                    students.stream().mapToInt(s -> s.askedAgain).sum());
        } finally {
            if (node != null) {
                node.close();
            }
            run("bash", SCRIPT.toString(), "stop", dir.toString());
        }
    }

    /** The port of the server the app's connections write to. */
    private static int writer(int base) throws Exception {
        for (int port = base; port < base + 3; port++) {
            try (Connection c = connect(port); Statement s = c.createStatement();
                    ResultSet r = s.executeQuery("select count(*) from information_schema.processlist where db = 'osce'")) {
                if (r.next() && r.getInt(1) > 0) {
                    return port;
                }
            }
        }
        return -1;
    }

    private static String text(int port, long turnId) throws Exception {
        try (Connection c = connect(port); PreparedStatement s = c.prepareStatement("select text from osce.turn where id = ?")) {
            s.setLong(1, turnId);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        }
    }

    private static String status(int port, String name) throws Exception {
        try (Connection c = connect(port); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("show status like '" + name + "'")) {
            return r.next() ? r.getString(2) : null;
        }
    }

    private static Connection connect(int port) throws Exception {
        return DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/", "root", "");
    }

    /** A base port whose SQL ports (base..base+2) and Galera ports (base+1010..base+1032) are free. */
    private static int freeBase() throws Exception {
        for (int base = 14306; base < 30000; base += 97) {
            boolean free = true;
            for (int p : new int[] {base, base + 1, base + 2, base + 1010, base + 1011, base + 1012, base + 1020,
                    base + 1021, base + 1022, base + 1030, base + 1031, base + 1032}) {
                try (ServerSocket s = new ServerSocket(p)) {
                    s.setReuseAddress(true);
                } catch (java.io.IOException taken) {
                    free = false;
                    break;
                }
            }
            if (free) {
                return base;
            }
        }
        throw new IllegalStateException("no free ports for a Galera cluster");
    }

    private static void run(String... command) throws Exception {
        Path log = Path.of("target/galera-script.log");
        Files.createDirectories(log.getParent());
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        if (!p.waitFor(6, TimeUnit.MINUTES) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " failed: see " + log + " and target/galera/node*.err");
        }
    }
}
