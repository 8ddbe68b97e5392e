package org.oscetrainer.operations;

import java.io.File;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.oscetrainer.OsceTrainerApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Whole app instances in this JVM (each its own Tomcat on a random port, Spring context, scheduler and
 * memory) on the test database, and Debian's HAProxy in front of them, as docs/deploy.md sets it up.
 */
public final class ClusterNodes {

    public static final File HAPROXY = new File("/usr/sbin/haproxy");

    private ClusterNodes() {
    }

    /** An app node; the properties ({@code name=value}) are given as command-line arguments: they win over application.yml. */
    public static ConfigurableApplicationContext node(String name, String... properties) {
        String[] args = new String[properties.length + 2];
        args[0] = "--server.port=0";
        args[1] = "--spring.application.name=osce-" + name;
        for (int i = 0; i < properties.length; i++) {
            args[i + 2] = "--" + properties[i];
        }
        return new SpringApplicationBuilder(OsceTrainerApplication.class).profiles("test").run(args);
    }

    public static int port(ConfigurableApplicationContext node) {
        return ((WebServerApplicationContext) node).getWebServer().getPort();
    }

    public static int freePort() throws java.io.IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /**
     * HAProxy on 127.0.0.1:{@code front} before nodes {@code a} and {@code b} (health checked on readiness
     * every 500 ms, down after one failure). With {@code sticky}, a browser stays on its node by the
     * {@code OSCENODE} cookie (value {@code a} or {@code b}), as the Vaadin UI needs; without, any node.
     */
    public static Process haproxy(int front, boolean sticky, int portA, int portB, String log) throws Exception {
        String config = """
                global
                    maxconn 2000
                defaults
                    mode http
                    timeout connect 2s
                    timeout client 1h
                    timeout server 1h
                    timeout tunnel 1h
                    retries 2
                    option redispatch
                frontend osce
                    bind 127.0.0.1:%d
                    http-request deny if { path_beg /actuator/prometheus }
                    default_backend osce
                backend osce
                    balance roundrobin
                    %s
                    option httpchk GET /actuator/health/readiness
                    http-check expect status 200
                    server a 127.0.0.1:%d check inter 500ms fall 1 rise 2%s
                    server b 127.0.0.1:%d check inter 500ms fall 1 rise 2%s
                """.formatted(front, sticky ? "cookie OSCENODE insert indirect nocache httponly" : "",
                portA, sticky ? " cookie a" : "", portB, sticky ? " cookie b" : "");
        Path file = Files.createTempFile("haproxy-osce", ".cfg");
        Files.writeString(file, config);
        Process p = new ProcessBuilder(HAPROXY.getPath(), "-db", "-f", file.toString())
                .redirectErrorStream(true).redirectOutput(new File("target/" + log)).start();
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < until) {
            try (java.net.Socket s = new java.net.Socket("127.0.0.1", front)) {
                Thread.sleep(1500); // the health checks mark both nodes up
                return p;
            } catch (java.io.IOException notYet) {
                Thread.sleep(100);
            }
        }
        p.destroy();
        throw new IllegalStateException("haproxy did not start: see target/" + log);
    }
}
