package org.oscetrainer.security.sso;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A real OpenID Connect provider for the tests: NAV's mock-oauth2-server, in a JVM of its own (its
 * Kotlin 2, nimbus and Netty versions clash with Spring Boot's; see src/test/oidc-provider/pom.xml).
 * Every issuer path works ({@code /university}); with interactive login it shows a sign-in page where
 * the test types the person's subject and the claims the provider vouches for.
 */
public final class OidcProvider implements AutoCloseable {

    private static final Path POM = Path.of("src/test/oidc-provider/pom.xml");
    private static final Path CLASSPATH = Path.of("target/oidc-provider.classpath");
    private static final Path LOG = Path.of("target/oidc-provider.log");

    private final Process process;
    private final int port;

    private OidcProvider(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    public static OidcProvider start() {
        try {
            String classpath = classpath();
            int port = freePort();
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            ProcessBuilder builder = new ProcessBuilder(java, "-Xmx128m", "-cp", classpath,
                    "no.nav.security.mock.oauth2.StandaloneMockOAuth2ServerKt");
            builder.environment().put("SERVER_PORT", String.valueOf(port));
            builder.environment().put("JSON_CONFIG", "{\"interactiveLogin\": true, \"httpServer\": \"NettyWrapper\"}");
            builder.redirectErrorStream(true).redirectOutput(LOG.toFile());
            OidcProvider provider = new OidcProvider(builder.start(), port);
            provider.awaitDiscovery();
            return provider;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The issuer URI of one provider ("realm") of the server. */
    public String issuer(String name) {
        return "http://localhost:" + port + "/" + name;
    }

    private void awaitDiscovery() throws IOException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest discovery = HttpRequest.newBuilder(URI.create(issuer("university") + "/.well-known/openid-configuration"))
                .timeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The OIDC provider stopped: see " + LOG.toAbsolutePath());
            }
            try {
                if (http.send(discovery, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep();
        }
        close();
        throw new IllegalStateException("The OIDC provider did not start in 90 s: see " + LOG.toAbsolutePath());
    }

    /** The provider's classpath, asked of Maven once per build directory (it reads the local repository). */
    private static synchronized String classpath() throws IOException {
        if (!Files.isRegularFile(CLASSPATH) || Files.size(CLASSPATH) == 0) {
            Files.createDirectories(CLASSPATH.getParent());
            String mvn = System.getProperty("os.name").startsWith("Windows") ? "mvn.cmd" : "mvn";
            Process maven = new ProcessBuilder(List.of(mvn, "-B", "-q", "-f", POM.toString(), "dependency:build-classpath",
                    "-Dmdep.outputFile=" + CLASSPATH.toAbsolutePath()))
                    .redirectErrorStream(true).redirectOutput(Path.of("target/oidc-provider-maven.log").toFile()).start();
            try {
                if (maven.waitFor() != 0) {
                    throw new IllegalStateException("Maven could not give the OIDC provider's classpath: see target/oidc-provider-maven.log");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return Files.readString(CLASSPATH).strip();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
