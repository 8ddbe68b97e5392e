package org.oscetrainer.bench;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The app under load in a JVM of its own (the load harness's {@code -Dload.app=process}): the packaged
 * jar ({@code target/osce-trainer-*.jar}, or {@code -Dload.appJar=…}) started with the harness's
 * database and LLM settings, so that the app's CPU can be told apart from the clients' and the fake
 * LLM's. Reads the process's CPU time from {@code /proc/<pid>/stat} and records a JFR profile of it with
 * {@code jcmd} on request.
 */
final class AppProcess implements AutoCloseable {

    /** Clock ticks per second of {@code /proc/<pid>/stat} ({@code getconf CLK_TCK}: 100 on Linux/x86). */
    private static final long TICKS_PER_SECOND = 100;
    /** Settings of {@code application-test.yml} that the in-process app plays with, for the same behaviour. */
    private static final List<String> TEST_PROFILE = List.of("osce.demo.enabled=true", "osce.demo.seed-season=false",
            "osce.incident.guard-regressions-dir=target/guard-regressions", "osce.encounter.deadline-check-interval=1s",
            "osce.encounter.questions-per-minute=600", "spring.mail.host=127.0.0.1", "spring.mail.port=33025");

    final Process process;
    final int port;
    final Path jar;
    final List<String> command;
    private final Path log;
    /** From the process's start to its first ready answer (start-up, then the warm-up before readiness if on). */
    Duration readyAfter;

    private AppProcess(Process process, int port, Path jar, List<String> command, Path log) {
        this.process = process;
        this.port = port;
        this.jar = jar;
        this.command = command;
        this.log = log;
    }

    /**
     * Starts the jar with these settings ({@code name=value}, given as command-line arguments, after the
     * test profile's) and waits until it answers its readiness probe.
     */
    static AppProcess start(List<String> settings, Duration startTimeout) throws Exception {
        Path jar = jar();
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        String jvmArgs = System.getProperty("load.appJvmArgs", "").strip();
        if (!jvmArgs.isEmpty()) {
            command.addAll(Arrays.asList(jvmArgs.split("\\s+")));
        }
        command.add("-jar");
        command.add(jar.toString());
        command.add("--server.port=" + port);
        command.add("--spring.application.name=osce-load-app");
        Stream.concat(TEST_PROFILE.stream(), settings.stream()).forEach(s -> command.add("--" + s));
        Path log = Path.of("target/load-app.log");
        Files.createDirectories(log.getParent());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        AppProcess app = new AppProcess(process, port, jar, command, log);
        long started = System.nanoTime();
        app.awaitReady(startTimeout);
        app.readyAfter = Duration.ofNanos(System.nanoTime() - started);
        return app;
    }

    /** {@code -Dload.appJar}, else the newest {@code target/osce-trainer-*.jar} (not the {@code .original}). */
    private static Path jar() throws IOException {
        String given = System.getProperty("load.appJar");
        if (given != null && !given.isBlank()) {
            return Path.of(given);
        }
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(p -> p.getFileName().toString().matches("osce-trainer-.*\\.jar"))
                    .max(Comparator.comparingLong(p -> p.toFile().lastModified()))
                    .orElseThrow(() -> new IllegalStateException("No target/osce-trainer-*.jar: run "
                            + "`mvn -Pproduction package -DskipTests` first, or give -Dload.appJar=…"));
        }
    }

    /**
     * The app's own line about its warm-up before readiness ({@code osce.warm-up.*}: what it ran, how long it took), or
     * what its log says instead.
     */
    String warmUpLine() {
        try (Stream<String> lines = Files.lines(log)) {
            return lines.filter(l -> l.contains("Warm-up before readiness")).map(l -> l.substring(l.indexOf("Warm-up")))
                    .findFirst().orElse("no warm-up line in " + log);
        } catch (IOException | java.io.UncheckedIOException e) {
            return "log unreadable: " + e.getMessage();
        }
    }

    /** Waits until the app answers its readiness probe with 200 (each played phase starts on a ready node). */
    void awaitReady(Duration timeout) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(2)).build();
        long until = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < until) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The app stopped at start-up (exit " + process.exitValue() + "): see " + log);
            }
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        close();
        throw new IllegalStateException("The app was not ready within " + timeout + ": see " + log);
    }

    long pid() {
        return process.pid();
    }

    /** CPU time (user + system, every thread, GC and JIT included) the app's process has used so far, in ns. */
    long cpuNanos() {
        return cpuNanos(pid());
    }

    /** CPU time of a process from {@code /proc/<pid>/stat} (fields 14 and 15, after the command's closing parenthesis). */
    static long cpuNanos(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime (fields 14, 15)
            return ticks * (TimeUnit.SECONDS.toNanos(1) / TICKS_PER_SECOND);
        } catch (IOException e) {
            return -1;
        }
    }

    /** Starts a JFR recording in the app ({@code settings=profile}) that will be written to {@code file}. */
    void startJfr(String name, Path file) throws Exception {
        jcmd("JFR.start", "name=" + name, "settings=profile", "filename=" + file.toAbsolutePath());
    }

    void stopJfr(String name) throws Exception {
        jcmd("JFR.stop", "name=" + name);
    }

    private void jcmd(String... args) throws Exception {
        Path java = Path.of(ProcessHandle.current().info().command().orElse("java"));
        Path jcmd = java.resolveSibling("jcmd");
        List<String> command = new ArrayList<>(List.of((Files.isExecutable(jcmd) ? jcmd.toString() : "jcmd"),
                String.valueOf(pid())));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + out);
        }
        System.out.println(out.strip());
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy(); // SIGTERM: Spring's graceful shutdown
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    @Override
    public String toString() {
        return "pid " + pid() + ", port " + port + ", " + new File(jar.toString()).getName();
    }
}
