package org.oscetrainer.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.oscetrainer.IntegrationTest;
import org.oscetrainer.catalog.CatalogService;
import org.oscetrainer.patient.FakeOpenAiServer;
import org.oscetrainer.patient.FakeOpenAiServer.Script;
import org.oscetrainer.security.AccountService;
import org.oscetrainer.security.Role;
import org.oscetrainer.security.SystemIdentity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The load harness: the real app (LLM engine) on the real database, a fake LLM with a set time to
 * first token and token rate, and N simulated students, each with their own account and WebSocket,
 * playing an encounter of K questions with think time between them. Prints, and writes to
 * {@code target/load-report.md}, the latency the app adds to the LLM's first token, turns per
 * second, errors, lost turns and heap per open encounter. See docs/performance.md.
 *
 * <p>Not part of the test run: {@code mvn -Pproduction,bench test -Dtest=EncounterLoadBenchmark
 * -Dload.students=300}. Asserts nothing. With {@code -Dload.app=process} the students play against the
 * packaged app in a JVM of its own ({@link AppProcess}); this JVM's context then only creates the accounts
 * and checks the turns, and the report gives the app's own CPU time per answered turn.
 */
@Tag("benchmark")
@IntegrationTest
class EncounterLoadBenchmark {

    private static final LoadSettings SETTINGS = LoadSettings.fromSystemProperties();
    private static final FakeOpenAiServer LLM;
    private static final String PASSWORD = "load-password";
    /** With the app in its own process: how long its idle CPU is measured before each played phase. */
    private static final long IDLE_MILLIS = 5_000;
    private static final String[] QUESTIONS = {"When did the pain start?", "Do you smoke?",
            "Does the pain spread anywhere?", "Any medicines?", "What is your job?", "Any allergies?"};

    static {
        try {
            LLM = new FakeOpenAiServer(SETTINGS.fakeThreads());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        LLM.recordRequests(false);
        LLM.script(Script.paced(SETTINGS.replyTokens(), Duration.ofMillis(SETTINGS.ttftMs()),
                Duration.ofMillis(SETTINGS.tokenMs())));
    }

    /** The LLM engine against the fake, unless -Dosce.… on the command line says otherwise. */
    @DynamicPropertySource
    static void llm(DynamicPropertyRegistry registry) {
        registry.add("osce.patient.engine", () -> System.getProperty("osce.patient.engine", "llm"));
        registry.add("osce.llm.base-url", () -> System.getProperty("osce.llm.base-url", LLM.baseUrl()));
        registry.add("osce.llm.model", () -> System.getProperty("osce.llm.model", "fake-model"));
    }

    @AfterAll
    static void stopLlm() {
        LLM.close();
    }

    @LocalServerPort int port;
    @Autowired AccountService accounts;
    @Autowired CatalogService catalog;
    @Autowired JdbcTemplate jdbc;
    @Autowired Environment environment;

    /** With {@code -Dload.app=process}: the app the students play against, in a JVM of its own. */
    private AppProcess app;

    @Test
    void encountersUnderLoad() throws Exception {
        long versionId = SystemIdentity.call(() -> catalog.latestStation(SETTINGS.station()).versionId());
        if (SETTINGS.outOfProcess()) {
            app = AppProcess.start(appSettings(), Duration.ofMinutes(Integer.getInteger("load.appStartMinutes", 3)));
            System.out.println("App under load: " + app + "\n  " + String.join(" ", app.command));
            System.out.printf("App ready %.1f s after its start; %s%n", app.readyAfter.toMillis() / 1e3, app.warmUpLine());
        }
        try {
            StringBuilder report = new StringBuilder(LoadRun.header(SETTINGS, environment, app));
            if (SETTINGS.warmUpStudents() > 0) {
                // JIT, connection pools to the LLM and the database, Tomcat's threads: not measured
                System.out.println(run("warm-up", SETTINGS.warmUpStudents(), versionId).table());
            }
            int run = 0;
            for (int students : SETTINGS.students()) {
                LoadRun.Result result = run("run" + (++run), students, versionId);
                System.out.println(result.table());
                report.append(result.table()).append('\n');
                Files.createDirectories(Path.of("target"));
                Files.writeString(Path.of("target/load-report.md"), report);
            }
            System.out.println("Written to target/load-report.md");
        } finally {
            if (app != null) {
                app.close();
            }
        }
    }

    /**
     * The out-of-process app's settings: this test's database, the LLM engine against this JVM's fake,
     * then every {@code -Dosce.*}, {@code -Dspring.*}, {@code -Dserver.*} given on the command line (they
     * also reach the in-process context, which here only creates the accounts and checks the turns).
     */
    private List<String> appSettings() {
        Map<String, String> settings = new LinkedHashMap<>();
        for (String key : List.of("spring.datasource.url", "spring.datasource.username", "spring.datasource.password",
                "osce.patient.engine", "osce.llm.base-url", "osce.llm.model")) {
            settings.put(key, environment.getProperty(key, ""));
        }
        System.getProperties().stringPropertyNames().stream().sorted()
                .filter(k -> k.startsWith("osce.") || k.startsWith("spring.") || k.startsWith("server.")
                        || k.startsWith("management.") || k.startsWith("logging."))
                .forEach(k -> settings.put(k, System.getProperty(k)));
        return settings.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList();
    }

    private int appPort() {
        return app != null ? app.port : port;
    }

    private LoadRun.Result run(String name, int n, long versionId) throws Exception {
        System.out.printf("%n== %s: %d students, %d questions each ==%n", name, n, SETTINGS.turns());
        if (app != null) {
            app.awaitReady(Duration.ofMinutes(1)); // never a phase on a node that says it is not ready
        }
        String prefix = "load-" + name + "-";
        List<LoadStudent> students = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            students.add(new LoadStudent(String.format("%s%03d", prefix, i), SETTINGS.timeoutMs()));
        }
        // set-up, not measured: accounts (BCrypt), then the heap baseline
        ExecutorService setup = Executors.newFixedThreadPool(SETTINGS.setupThreads());
        all(setup, students, s -> SystemIdentity.call(
                () -> accounts.createIfAbsent(s.username, PASSWORD, "Load student " + s.username, Role.STUDENT)));
        long heapBefore = heapAfterGc();

        List<HttpClient> clients = new ArrayList<>();
        for (int i = 0; i < SETTINGS.httpClients(); i++) {
            clients.add(HttpClient.newHttpClient());
        }
        URI uri = URI.create("ws://localhost:" + appPort() + "/api/encounters/ws");
        AtomicInteger index = new AtomicInteger();
        LoadRun.Result result = new LoadRun.Result(n, SETTINGS);
        result.connectErrors = all(setup, students,
                s -> { s.connect(clients.get(index.getAndIncrement() % clients.size()), uri, PASSWORD); return null; });
        long heapConnected = heapAfterGc();
        List<LoadStudent> connected = students.stream().filter(LoadStudent::connected).toList();
        result.startErrors = all(setup, connected, s -> s.start(versionId));
        long heapStarted = heapAfterGc();
        setup.shutdown();
        if (app != null) {
            // what the app spends doing nothing (its scheduled jobs, pools, JIT), to be told apart from the turns' cost
            long idleFrom = app.cpuNanos();
            long idleStart = System.nanoTime();
            Thread.sleep(IDLE_MILLIS);
            result.appIdleCores = (app.cpuNanos() - idleFrom) / (double) (System.nanoTime() - idleStart);
        }

        // measured: every student asks K questions, with think time, all at once
        List<LoadStudent> playing = students.stream().filter(s -> s.encounterId > 0).toList();
        ExecutorService threads = Executors.newFixedThreadPool(Math.max(1, playing.size()));
        String load = loadAverage();
        Path jfr = null;
        if (app != null && SETTINGS.appJfr() != null && !name.equals("warm-up")) {
            jfr = Path.of(SETTINGS.appJfr() + "-" + n + "students.jfr");
            app.startJfr(name, jfr);
        }
        long appCpu = app != null ? app.cpuNanos() : 0;
        long harnessCpu = processCpuNanos();
        long began = System.nanoTime();
        result.playErrors = all(threads, playing, s -> {
            Thread.sleep(ThreadLocalRandom.current().nextLong(SETTINGS.thinkMs() + 1)); // spread the starts
            for (int k = 1; k <= SETTINGS.turns(); k++) {
                s.ask(String.format("%s (%s, question %d)", QUESTIONS[k % QUESTIONS.length], s.username, k));
                if (k < SETTINGS.turns()) {
                    Thread.sleep((long) (SETTINGS.thinkMs() * ThreadLocalRandom.current().nextDouble(0.5, 1.5)));
                }
            }
            return null;
        });
        result.seconds = (System.nanoTime() - began) / 1e9;
        result.harnessCpuNanos = processCpuNanos() - harnessCpu;
        result.appCpuNanos = app != null ? app.cpuNanos() - appCpu : -1;
        result.loadDuring = load + " → " + loadAverage();
        if (jfr != null) {
            app.stopJfr(name);
            result.jfr = jfr.toString();
        }
        threads.shutdown();

        // all N encounters still open, with their transcripts
        long heapOpen = heapAfterGc();
        result.heapPerEncounter(heapBefore, heapConnected, heapStarted, heapOpen);
        result.latencies(playing, LLM.firstTokens());
        result.lostTurns(playing, jdbc);

        ExecutorService closing = Executors.newFixedThreadPool(SETTINGS.setupThreads());
        all(closing, playing, s -> { s.end(); return null; });
        closing.shutdown();
        students.forEach(LoadStudent::close);
        return result;
    }

    /** Runs the task for every student on the pool; returns how many failed (their errors printed, the first few). */
    private static int all(ExecutorService pool, List<LoadStudent> students, StudentTask task) throws InterruptedException {
        List<Future<?>> futures = new ArrayList<>();
        for (LoadStudent s : students) {
            futures.add(pool.submit((Callable<Object>) () -> task.run(s)));
        }
        int failed = 0;
        for (Future<?> f : futures) {
            try {
                f.get();
            } catch (Exception e) {
                if (++failed <= 5) {
                    System.out.println("  failed: " + e.getCause());
                }
            }
        }
        return failed;
    }

    @FunctionalInterface
    private interface StudentTask {
        Object run(LoadStudent student) throws Exception;
    }

    /** Heap in use after a few full collections. */
    static long heapAfterGc() throws InterruptedException {
        var memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(200);
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }

    /** CPU time of this JVM (all its threads), in ns. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static String loadAverage() {
        return String.format("%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
}
