package org.oscetrainer.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocketHandshakeException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.oscetrainer.HttpSignIn;
import org.oscetrainer.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.web.servlet.handler.AbstractUrlHandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.socket.server.support.WebSocketHttpRequestHandler;

/**
 * Every way into the app, found from the code, against every role and an anonymous visitor: each
 * Vaadin {@code @Route} (by its access annotations, as Vaadin's navigation access control reads them),
 * each Spring MVC endpoint and the WebSocket endpoint (by real HTTP requests as each role). A way in
 * with no row in the tables below fails the test, so a new view or endpoint cannot ship without
 * someone deciding who may open it; a role added to {@link Role} fails it too until it is placed.
 */
@IntegrationTest
class RouteAccessTest {

    /** Who: a role, or nobody signed in. */
    enum Who { ANONYMOUS, STUDENT, EXAMINER, FACULTY, ADMIN }

    private static final Set<Who> SIGNED_IN = EnumSet.of(Who.STUDENT, Who.EXAMINER, Who.FACULTY, Who.ADMIN);
    private static final Set<Who> EVERYONE = EnumSet.allOf(Who.class);
    private static final Set<Who> STUDENT = EnumSet.of(Who.STUDENT);
    private static final Set<Who> STAFF = EnumSet.of(Who.FACULTY, Who.ADMIN);
    private static final Set<Who> MARKERS = EnumSet.of(Who.EXAMINER, Who.FACULTY, Who.ADMIN);

    /** Vaadin views: route → who may open it. */
    private static final Map<String, Set<Who>> VIEWS = Map.ofEntries(
            Map.entry("login", EVERYONE),
            Map.entry("set-password", EVERYONE),
            Map.entry("sso/refused", EVERYONE),
            Map.entry("account/password", SIGNED_IN),
            Map.entry("accounts", STAFF),
            Map.entry("", SIGNED_IN),
            Map.entry("stations", STUDENT),
            Map.entry("progress", STUDENT),
            Map.entry("encounter", STUDENT),
            Map.entry("note", STUDENT),
            Map.entry("result", SIGNED_IN),
            Map.entry("review", MARKERS),
            Map.entry("review/encounter", MARKERS),
            Map.entry("review/session", MARKERS),
            Map.entry("agreement", MARKERS),
            Map.entry("overview", STAFF),
            Map.entry("analytics", STAFF),
            Map.entry("analytics/student", STAFF),
            Map.entry("library", STAFF),
            Map.entry("library/station", STAFF),
            Map.entry("cohorts", STAFF),
            Map.entry("cohorts/:cohortId(\\d+)", STAFF),
            Map.entry("cohorts/:cohortId(\\d+)/extra-time", STAFF),
            Map.entry("sessions", STAFF),
            Map.entry("grades", STAFF),
            Map.entry("incidents", STAFF),
            Map.entry("audit", EnumSet.of(Who.ADMIN)));

    /** HTTP endpoints (Spring MVC and WebSocket): "METHOD path" → who gets past security. */
    private static final Map<String, Set<Who>> ENDPOINTS = Map.ofEntries(
            Map.entry("GET /exports/sessions/{sessionId}/grades.xlsx", STAFF),
            Map.entry("GET /exports/sessions/{sessionId}/grades-pseudonymised.xlsx", STAFF),
            Map.entry("GET /exports/sessions/{sessionId}/moodle.csv", STAFF),
            Map.entry("POST /api/encounters/{encounterId}/transcription", STUDENT),
            Map.entry("GET /api/encounters/{encounterId}/turns/{seq}/speech", STUDENT),
            Map.entry("WS /api/encounters/ws", STUDENT));

    /**
     * Listed, not probed: Spring Boot's error endpoint (it answers whatever error brought you there),
     * and Hilla's endpoint dispatcher, which Vaadin's starter brings and behind which the app puts
     * nothing (checked below: no browser-callable class).
     */
    private static final Set<String> FRAMEWORK = Set.of("* /error", "POST /connect/{endpoint}/{method}");

    @LocalServerPort int port;
    @Autowired ApplicationContext context;
    @Autowired @org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mvc;

    @Test
    void everyRoleSeesExactlyTheViewsOfTheTable() {
        assertThat(Arrays.stream(Role.values()).map(Role::name).toList()).as("every role is in the table")
                .containsExactlyInAnyOrderElementsOf(SIGNED_IN.stream().map(Who::name).toList());
        Map<String, Set<Who>> actual = new TreeMap<>();
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        AccessAnnotationChecker checker = new AccessAnnotationChecker();
        for (var candidate : scanner.findCandidateComponents("org.oscetrainer")) {
            Class<?> view = load(candidate.getBeanClassName());
            Set<Who> allowed = EnumSet.noneOf(Who.class);
            for (Who who : Who.values()) {
                Principal principal = who == Who.ANONYMOUS ? null : () -> "someone";
                // as request.isUserInRole does at run time: ROLE_ + the name, among the authorities a sign-in gives
                Set<String> authorities = who == Who.ANONYMOUS ? Set.of()
                        : Set.copyOf(Role.authorities(List.of(Role.valueOf(who.name()))));
                if (checker.hasAccess(view, principal, name -> authorities.contains("ROLE_" + name))) {
                    allowed.add(who);
                }
            }
            actual.put(view.getAnnotation(Route.class).value(), allowed);
        }
        assertThat(new TreeSet<>(actual.keySet())).as("a view without a row in VIEWS, or a row without a view")
                .isEqualTo(new TreeSet<>(VIEWS.keySet()));
        actual.forEach((route, allowed) -> assertThat(allowed).as("who may open /" + route).isEqualTo(VIEWS.get(route)));
    }

    @Test
    void everyRoleGetsPastSecurityOnExactlyTheEndpointsOfTheTable() throws Exception {
        Map<String, String> found = new TreeMap<>();
        mvc.getHandlerMethods().forEach((info, method) -> {
            Set<String> verbs = info.getMethodsCondition().getMethods().isEmpty() ? Set.of("*")
                    : info.getMethodsCondition().getMethods().stream().map(Enum::name).collect(java.util.stream.Collectors.toSet());
            for (String pattern : info.getPatternValues()) {
                verbs.forEach(verb -> found.put(verb + " " + pattern, pattern));
            }
        });
        for (AbstractUrlHandlerMapping mapping : context.getBeansOfType(AbstractUrlHandlerMapping.class).values()) {
            mapping.getHandlerMap().forEach((pattern, handler) -> {
                if (handler instanceof WebSocketHttpRequestHandler) {
                    found.put("WS " + pattern, pattern);
                }
            });
        }
        Set<String> expected = new TreeSet<>(ENDPOINTS.keySet());
        expected.addAll(FRAMEWORK);
        assertThat(new TreeSet<>(found.keySet())).as("an endpoint without a row in ENDPOINTS, or a row without an endpoint")
                .isEqualTo(expected);

        for (String hilla : List.of("com.vaadin.hilla.BrowserCallable", "com.vaadin.hilla.Endpoint")) {
            try {
                @SuppressWarnings("unchecked")
                var annotation = (Class<? extends java.lang.annotation.Annotation>) Class.forName(hilla);
                var scanner = new ClassPathScanningCandidateComponentProvider(false);
                scanner.addIncludeFilter(new AnnotationTypeFilter(annotation));
                assertThat(scanner.findCandidateComponents("org.oscetrainer")).as("@" + hilla + " classes: give them rows")
                        .isEmpty();
            } catch (ClassNotFoundException notOnTheClasspath) {
                // no Hilla: nothing can be behind /connect
            }
        }

        Map<Who, HttpSignIn> clients = signedInClients();
        List<String> wrong = new ArrayList<>();
        for (var row : ENDPOINTS.entrySet()) {
            String verb = row.getKey().substring(0, row.getKey().indexOf(' '));
            String path = found.get(row.getKey()).replaceAll("\\{[^}]+}", "987654321");
            for (Who who : Who.values()) {
                boolean passed = verb.equals("WS") ? handshake(path, who) : passes(clients.get(who), path);
                if (passed != row.getValue().contains(who)) {
                    wrong.add(row.getKey() + " as " + who + ": " + (passed ? "let through" : "refused"));
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    private Map<Who, HttpSignIn> signedInClients() throws Exception {
        Map<Who, HttpSignIn> clients = new HashMap<>();
        clients.put(Who.ANONYMOUS, new HttpSignIn(port));
        for (Who who : SIGNED_IN) {
            HttpSignIn client = new HttpSignIn(port);
            assertThat(HttpSignIn.signedIn(client.signIn(account(who), "demo-password"))).as(who.name()).isTrue();
            clients.put(who, client);
        }
        return clients;
    }

    /** Past security: neither sent to the sign-in page nor refused (a 404 for the made-up id is fine). */
    private static boolean passes(HttpSignIn client, String path) throws Exception {
        var answer = client.get(path);
        boolean toLogin = answer.statusCode() / 100 == 3 && answer.headers().firstValue("Location").orElse("").contains("/login");
        return !toLogin && answer.statusCode() != 401 && answer.statusCode() != 403;
    }

    private boolean handshake(String path, Who who) throws Exception {
        var builder = HttpClient.newHttpClient().newWebSocketBuilder();
        if (who != Who.ANONYMOUS) {
            builder.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((account(who) + ":demo-password").getBytes(StandardCharsets.UTF_8)));
        }
        try {
            builder.buildAsync(URI.create("ws://localhost:" + port + path), new java.net.http.WebSocket.Listener() {
            }).get(10, TimeUnit.SECONDS).abort();
            return true;
        } catch (ExecutionException e) {
            assertThat(e.getCause()).isInstanceOf(WebSocketHandshakeException.class);
            int status = ((WebSocketHandshakeException) e.getCause()).getResponse().statusCode();
            assertThat(status).as("refused, not failed").isIn(401, 403);
            return false;
        }
    }

    private static String account(Who who) {
        return Arrays.stream(DemoAccount.values()).filter(a -> a.role().name().equals(who.name())).findFirst()
                .orElseThrow(() -> new AssertionError("no demo account with the role " + who)).username();
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }
}
