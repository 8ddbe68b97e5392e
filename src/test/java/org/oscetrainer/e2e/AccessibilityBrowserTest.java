package org.oscetrainer.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.oscetrainer.SignedIn.as;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.vaadin.flow.router.Route;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.oscetrainer.IntegrationTest;
import org.oscetrainer.TestClock;
import org.oscetrainer.accommodation.AccommodationDecision;
import org.oscetrainer.accommodation.AccommodationService;
import org.oscetrainer.accommodation.ExtraTime;
import org.oscetrainer.catalog.CatalogService;
import org.oscetrainer.cohort.CohortService;
import org.oscetrainer.examsession.ExamMode;
import org.oscetrainer.examsession.ExamSession;
import org.oscetrainer.examsession.ExamSessionDraft;
import org.oscetrainer.examsession.ExamSessionService;
import org.oscetrainer.cohort.RosterFixture;
import org.oscetrainer.cohort.RosterImport;
import org.oscetrainer.demo.SessionSimulation;
import org.oscetrainer.review.SecondMarkingAssignments;
import org.oscetrainer.review.SecondMarkingRequest;
import org.oscetrainer.review.SecondMarkingRule;
import org.oscetrainer.security.AccountService;
import org.oscetrainer.security.Role;
import org.oscetrainer.security.SetPasswordLinks;
import org.oscetrainer.security.SystemIdentity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * Every view of the app, found from its {@code @Route}s, opened in English and in French by someone
 * allowed to, with real content (a simulated exam session, an encounter with turns, a result with its
 * note) and some of its dialogs open, checked with axe-core against WCAG 2.1 A and AA (RGAA 4.1): no
 * serious or critical violation. A new view without a visit below fails the test. All violations,
 * minor ones included, are written to target/accessibility/axe-report.txt.
 */
@IntegrationTest
class AccessibilityBrowserTest extends BrowserTest {

    /** Milliseconds a page may take on a loaded machine (the suite runs beside other builds). */
    static final int PATIENCE = 60_000;

    private static final String DEMO_PASSWORD = "demo-password";
    private static final List<String> CIRCUIT = List.of("wheeze-child-en", "missed-periods-en");

    @Autowired AccountService accounts;
    @Autowired SetPasswordLinks links;
    @Autowired CohortService cohorts;
    @Autowired RosterImport rosters;
    @Autowired ExamSessionService sessions;
    @Autowired SessionSimulation simulation;
    @Autowired CatalogService catalog;
    @Autowired TestClock clock;
    @Autowired SecondMarkingAssignments secondMarking;
    @Autowired AccommodationService accommodations;

    private String student;
    private long cohortId;
    private ExamSession session;
    private String rosterStudent;

    /** One page to open, by whom, what shows it is there with its content, and what to open on it. */
    record Visit(String route, String who, String path, String ready, Consumer<Page> then) {

        Visit(String route, String who, String path, String ready) {
            this(route, who, path, ready, page -> {
            });
        }

        String label() {
            String where = path.replaceAll("\\?.*", "").replaceAll("#(.*)", " ($1)");
            return where + " [@Route \"" + route + "\"] as " + who;
        }
    }

    @BeforeAll
    void aSimulatedSessionAndAStudentOfOurOwn() {
        student = FreshStudent.create(accounts, links, "Alex Accessible");
        String name = "A11y " + System.nanoTime();
        cohortId = as("faculty", "FACULTY", () -> cohorts.create(name, 2026, RosterFixture.GROUPS)).id();
        List<String[]> roster = RosterFixture.students(8, 8_000_000L + System.nanoTime() % 1_000_000L * 100);
        rosterStudent = roster.get(0)[0].toLowerCase();
        byte[] csv = RosterFixture.csv(roster, ',', false, RosterFixture.ENGLISH_HEADER);
        as("faculty", "FACULTY", () -> rosters.commit(cohortId, rosters.preview(cohortId, "roster.csv", csv)));
        Instant now = clock.instant();
        List<ExamSessionDraft.Station> stations = CIRCUIT.stream().map(id -> new ExamSessionDraft.Station(
                SystemIdentity.call(() -> catalog.latestStation(id).versionId()), 8)).toList();
        session = as("faculty", "FACULTY", () -> sessions.schedule(new ExamSessionDraft(name, cohortId, ExamMode.EXAM,
                now.minusSeconds(60), now.plus(Duration.ofHours(1)), stations)));
        as("faculty", "FACULTY", () -> {
            try {
                return simulation.simulate(session.id(), 0.5, 7);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        // a student with extra time, so that the extra-time page shows one recorded
        as("faculty", "FACULTY", () -> accommodations.record(cohortId, rosterStudent, new AccommodationDecision(
                ExtraTime.percent(33), "Disability office", java.time.LocalDate.of(2026, 9, 1))));
        // second markings assigned, so that the session's page lists them (with their change dialog)
        SystemIdentity.call(() -> accounts.createIfAbsent("a11y-examiner2", "marking-password-2026", "Dr Inès Garnier",
                Role.EXAMINER));
        as("faculty", "FACULTY", () -> secondMarking.assign(new SecondMarkingRequest(session.id(), null,
                SecondMarkingRule.ALL, 0.1, "a11y-examiner2")));
    }

    @Test
    void everyViewHasNoSeriousOrCriticalViolationInEnglishAndFrench() throws IOException {
        long[] played = playTwoStations();
        long open = played[0];
        long ended = played[1];
        String setPassword = FreshStudent.unusedLink(accounts, links, "Noa Lien");

        List<Visit> visits = List.of(
                new Visit("login", "anonymous", "/login", ".demo-accounts"),
                new Visit("set-password", "anonymous", setPassword, "vaadin-button.save-password"),
                new Visit("sso/refused", "anonymous", "/sso/refused", ".sso-refused-card h2"),
                new Visit("", student, "/", ".station-card"),
                new Visit("stations", student, "/stations", ".station-card"),
                new Visit("encounter", student, "/encounter/" + open, ".turn.patient[data-seq='3'] .text"),
                new Visit("encounter", student, "/encounter/" + open + "#report-dialog", ".turn.patient[data-seq='3'] .text",
                        page -> {
                            page.locator(".turn.patient[data-seq='3'] vaadin-button.report-turn").click();
                            page.locator("vaadin-dialog-overlay vaadin-button.send-incident").waitFor();
                        }),
                new Visit("result", student, "/result/" + ended, ".score-value"),
                new Visit("note", student, "/note/" + ended, "vaadin-text-area.note-answer"),
                new Visit("account/password", student, "/account/password", "vaadin-button.save-password"),
                new Visit("progress", student, "/progress", ".skill-card"),
                new Visit("review", "examiner", "/review", "vaadin-grid.review-queue"),
                new Visit("review/encounter", "examiner", "/review/encounter/" + ended, ".proposed-scores"),
                new Visit("agreement", "examiner", "/agreement", ".agreement-view h1"),
                new Visit("review/session", "faculty", "/review/session/" + session.id(), ".marking-progress"),
                new Visit("review/session", "faculty", "/review/session/" + session.id() + "#change-second-marker",
                        "vaadin-grid.assigned-grid", page -> {
                            page.locator("vaadin-button.change-second-marker").first().click();
                            page.locator("vaadin-button.confirm-second-marker").waitFor();
                        }),
                new Visit("overview", "faculty", "/overview", ".tiles"),
                new Visit("analytics", "faculty", "/analytics/" + session.id(), "osce-chart[data-rendered='true']"),
                new Visit("analytics/student", "faculty", "/analytics/student/" + rosterStudent,
                        "osce-chart[data-rendered='true']"),
                new Visit("library", "faculty", "/library", "vaadin-grid.library"),
                new Visit("library/station", "faculty", "/library/station", ".station-editor h1"),
                new Visit("library/station", "faculty", "/library/station/" + CIRCUIT.get(0), ".yaml-source"),
                new Visit("cohorts", "faculty", "/cohorts", "vaadin-grid.cohorts"),
                new Visit("cohorts/:cohortId(\\d+)", "faculty", "/cohorts/" + cohortId, "vaadin-grid.roster"),
                new Visit("cohorts/:cohortId(\\d+)/extra-time", "faculty", "/cohorts/" + cohortId + "/extra-time",
                        "vaadin-grid.extra-time-grid vaadin-button.edit-extra-time"),
                new Visit("cohorts/:cohortId(\\d+)/extra-time", "faculty", "/cohorts/" + cohortId + "/extra-time#dialog",
                        "vaadin-grid.extra-time-grid vaadin-button.edit-extra-time", page -> {
                            page.locator("vaadin-button.edit-extra-time").first().click();
                            page.locator("vaadin-dialog-overlay vaadin-button.save-extra-time").waitFor();
                        }),
                new Visit("sessions", "faculty", "/sessions", "vaadin-grid.sessions"),
                new Visit("sessions", "faculty", "/sessions#schedule-dialog", "vaadin-grid.sessions", page -> {
                    page.locator("vaadin-button.schedule-session").click();
                    page.locator("vaadin-dialog-overlay vaadin-text-field.session-name").waitFor();
                }),
                new Visit("grades", "faculty", "/grades", "vaadin-grid.grades"),
                new Visit("incidents", "faculty", "/incidents", "vaadin-grid.incidents"),
                new Visit("accounts", "admin", "/accounts", "vaadin-grid.accounts-grid"),
                new Visit("accounts", "admin", "/accounts#new-staff-dialog", "vaadin-grid.accounts-grid", page -> {
                    page.locator("vaadin-button.new-staff").click();
                    page.locator("vaadin-dialog-overlay vaadin-button.save-staff").waitFor();
                }),
                new Visit("audit", "admin", "/audit", "vaadin-grid.audit-log"));

        TreeSet<String> visited = visits.stream().map(Visit::route).collect(Collectors.toCollection(TreeSet::new));
        assertThat(visited)
                .as("every @Route has a visit here, and every visit a @Route").isEqualTo(routesInTheCode());

        Map<String, List<Axe.Violation>> found = new LinkedHashMap<>();
        List<String> unreached = new ArrayList<>();
        for (String locale : List.of("en-GB", "fr-FR")) {
            Map<String, List<Visit>> byWho = visits.stream().collect(Collectors.groupingBy(Visit::who, LinkedHashMap::new,
                    Collectors.toList()));
            byWho.forEach((who, theirs) -> {
                Page page = browser.newPage(locale);
                page.context().setDefaultTimeout(PATIENCE);
                if (!who.equals("anonymous")) {
                    Browser.signIn(page, who, who.equals(student) ? FreshStudent.PASSWORD : DEMO_PASSWORD);
                }
                for (Visit visit : theirs) {
                  try {
                    page.navigate(visit.path().replaceAll("#.*", ""));
                    Browser.waitForVaadin(page);
                    // the view with its content: an empty page would pass axe too easily
                    page.locator(visit.ready()).first().waitFor(new Locator.WaitForOptions().setTimeout(30_000));
                    visit.then().accept(page);
                    // a dialog fading in has its text at part opacity: axe would measure the fade, not the colours
                    page.waitForFunction("() => !document.querySelector("
                            + "'vaadin-dialog-overlay[opening], vaadin-confirm-dialog-overlay[opening]')");
                    Browser.waitForVaadin(page);
                    List<Axe.Violation> violations = new ArrayList<>(Axe.check(page));
                    // axe checks that <html lang> is valid, not that it is the language the page is in
                    String lang = page.locator("html").getAttribute("lang");
                    if (lang == null || !lang.startsWith(locale.substring(0, 2))) {
                        violations.add(new Axe.Violation("html-lang-is-the-ui-language", "serious",
                                "<html lang> must be the page's language (RGAA 8.3)", List.of("html lang=" + lang)));
                    }
                    found.put(visit.label() + " [" + locale + "]", violations);
                  } catch (RuntimeException | AssertionError e) {
                    unreached.add(visit.label() + " [" + locale + "]: " + e.getMessage().lines().findFirst().orElse(""));
                  }
                }
                page.context().close();
            });
        }

        String report = report(found);
        Path file = Browser.SCREENSHOTS.resolveSibling("accessibility").resolve("axe-report.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report, StandardCharsets.UTF_8);
        System.out.println(report);
        List<String> blocking = new ArrayList<>();
        found.forEach((view, violations) -> violations.stream().filter(Axe.Violation::blocking)
                .forEach(v -> blocking.add(view + ": " + v)));
        assertThat(unreached).as("views not reached with their content").isEmpty();
        assertThat(found).hasSize(visits.size() * 2);
        assertThat(blocking).as("serious or critical WCAG 2.1 AA violations (all of them in " + file + ")").isEmpty();
    }

    /** Our student leaves one station open with two questions asked, and ends another one. */
    private long[] playTwoStations() {
        Page page = browser.newPage("en-GB");
        page.context().setDefaultTimeout(PATIENCE);
        Browser.signIn(page, student, FreshStudent.PASSWORD);
        startStation(page, "febrile-child-en");
        askPatiently(page, "Hello, I'm one of the doctors. What brings you in today?", 3);
        askPatiently(page, "When did the fever start?", 5);
        long open = Long.parseLong(page.url().replaceAll(".*/encounter/", ""));
        page.navigate("/stations");
        Browser.waitForVaadin(page);
        startStation(page, "low-mood-en");
        askPatiently(page, "How have you been feeling lately?", 3);
        page.locator("vaadin-button.end-encounter").click();
        page.waitForURL(Pattern.compile(".*/result/\\d+"));
        long ended = Long.parseLong(page.url().replaceAll(".*/result/", ""));
        page.context().close();
        return new long[] {open, ended};
    }

    /** {@link #ask}, with the patience a loaded machine needs (a minute for each reply). */
    static void askPatiently(Page page, String question, int replySeq) {
        page.locator("vaadin-text-field.question input").fill(question);
        page.locator("vaadin-text-field.question input").press("Enter");
        var patience = new LocatorAssertions.HasTextOptions().setTimeout(60_000);
        assertThat(page.locator(".turn.student[data-seq='" + (replySeq - 1) + "'] .text")).hasText(question, patience);
        assertThat(page.locator(".turn.patient[data-seq='" + replySeq + "'] .text"))
                .hasText(Pattern.compile("\\S"), patience);
        Browser.waitForVaadin(page);
    }

    private static TreeSet<String> routesInTheCode() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        TreeSet<String> routes = new TreeSet<>();
        for (var candidate : scanner.findCandidateComponents("org.oscetrainer")) {
            try {
                routes.add(Class.forName(candidate.getBeanClassName()).getAnnotation(Route.class).value());
            } catch (ClassNotFoundException e) {
                throw new AssertionError(e);
            }
        }
        return routes;
    }

    private static String report(Map<String, List<Axe.Violation>> found) {
        StringBuilder out = new StringBuilder("axe-core WCAG 2.1 A/AA (" + String.join(", ", Axe.TAGS) + ") on "
                + found.size() + " views\n");
        Map<String, Integer> byRule = new java.util.TreeMap<>();
        found.forEach((view, violations) -> {
            out.append(view).append(violations.isEmpty() ? ": none\n" : "\n");
            violations.forEach(v -> {
                out.append("  ").append(v).append('\n');
                byRule.merge(v.impact() + " " + v.id(), 1, Integer::sum);
            });
        });
        out.append("views with each rule broken:\n");
        byRule.forEach((rule, views) -> out.append("  ").append(rule).append(": ").append(views).append('\n'));
        return out.toString();
    }
}
