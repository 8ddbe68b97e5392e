package org.oscetrainer.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.oscetrainer.SignedIn.as;

import com.microsoft.playwright.Page;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.oscetrainer.IntegrationTest;
import org.oscetrainer.catalog.CatalogService;
import org.oscetrainer.cohort.CohortService;
import org.oscetrainer.examsession.ExamMode;
import org.oscetrainer.examsession.ExamSession;
import org.oscetrainer.examsession.ExamSessionDraft;
import org.oscetrainer.examsession.ExamSessionService;
import org.oscetrainer.cohort.RosterImport;
import org.oscetrainer.demo.SessionSimulation;
import org.oscetrainer.security.SystemIdentity;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A session's analytics in sections: one tab each (the open one in the address), each chart with its
 * table, and the demo's simulated figures labelled as simulated. Prints the page's height per section.
 */
@IntegrationTest
class SessionAnalyticsSectionsBrowserTest extends BrowserTest {

    @Autowired CohortService cohorts;
    @Autowired RosterImport rosters;
    @Autowired ExamSessionService sessions;
    @Autowired SessionSimulation simulation;
    @Autowired CatalogService catalog;
    @Autowired Clock clock;

    private static final String HEIGHT = "() => Math.max(document.documentElement.scrollHeight,"
            + " ...Array.from(document.querySelectorAll('vaadin-app-layout > *')).map(e => e.scrollHeight))";

    private static final String SECTION = "() => document.querySelector('.analytics-section').scrollHeight";

    private long simulatedSession() throws InterruptedException {
        String prefix = "an" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        long cohortId = as("faculty", "FACULTY", () -> cohorts.create("Sections cohort " + prefix, 2026, List.of("A"))).id();
        StringBuilder csv = new StringBuilder("student number,last name,first name,email,group\n");
        for (int i = 1; i <= 8; i++) {
            csv.append(prefix).append(i).append(",Name").append(i).append(",Student,").append(prefix).append(i)
                    .append("@univ.example,A\n");
        }
        as("faculty", "FACULTY", () -> rosters.commit(cohortId,
                rosters.preview(cohortId, "roster.csv", csv.toString().getBytes(StandardCharsets.UTF_8))));
        List<ExamSessionDraft.Station> circuit = List.of("chest-pain-en", "cephalee-fr").stream()
                .map(id -> new ExamSessionDraft.Station(SystemIdentity.call(() -> catalog.latestStation(id).versionId()), 8))
                .toList();
        Instant now = clock.instant();
        ExamSession session = as("faculty", "FACULTY", () -> sessions.schedule(new ExamSessionDraft("Sections " + prefix,
                cohortId, ExamMode.PRACTICE, now.minusSeconds(60), now.plus(Duration.ofHours(2)), circuit)));
        as("faculty", "FACULTY", () -> {
            try {
                return simulation.simulate(session.id(), 1.0, 7);
            } catch (InterruptedException interrupted) {
                throw new IllegalStateException(interrupted);
            }
        });
        return session.id();
    }

    @Test
    void theAnalyticsAreInSectionsWithTheSimulatedFiguresLabelled() throws Exception {
        long sessionId = simulatedSession();
        Page page = browser.newPage("en-GB");
        Browser.signIn(page, "faculty", "demo-password");
        page.navigate("/analytics/" + sessionId);
        Browser.waitForVaadin(page);
        assertThat(page.locator("vaadin-tab")).hasCount(6);
        assertThat(page.locator(".analytics-view > .simulated-notice")).containsText("Simulated");
        assertThat(page.locator(".analytics-view > .simulated-notice")).containsText("16 encounters of this session were simulated");
        assertThat(page.locator("vaadin-tab[data-section='agreement']")).hasText("AI–examiner agreement (Simulated)");
        assertThat(page.locator("osce-chart[data-rendered='true']")).hasCount(1);
        System.out.println("analytics height, section overview: " + page.evaluate(HEIGHT) + " px");
        int stacked = ((Number) page.evaluate("() => document.querySelector('.analytics-view').scrollHeight"
                + " - document.querySelector('.analytics-section').scrollHeight")).intValue();
        stacked += ((Number) page.evaluate(SECTION)).intValue();
        Browser.screenshot(page, "84-analytics-overview-en");

        for (String section : List.of("stations", "items", "reliability", "agreement", "students")) {
            page.locator("vaadin-tab[data-section='" + section + "']").click();
            page.waitForURL(Pattern.compile(".*section=" + section));
            Browser.waitForVaadin(page);
            assertThat(page.locator(".analytics-section")).hasAttribute("data-section", section);
            assertThat(page.locator(".analytics-section h2")).isVisible();
            System.out.println("analytics height, section " + section + ": " + page.evaluate(HEIGHT) + " px");
            stacked += ((Number) page.evaluate(SECTION)).intValue();
        }
        System.out.println("analytics height, all sections stacked as before the tabs (header and tab bar once, less"
                + " the figures of reliability and agreement that were columns before): about " + stacked + " px");
        page.locator("vaadin-tab[data-section='agreement']").click();
        Browser.waitForVaadin(page);
        assertThat(page.locator(".agreement-section .simulated-notice"))
                .containsText("this agreement is not a measure of the AI");
        assertThat(page.locator(".agreement-section osce-chart[data-rendered='true']")).hasCount(1);
        assertThat(page.locator("vaadin-grid.agreement-table")).containsText("Chest pain in a 58-year-old man");
        Browser.screenshot(page, "85-analytics-agreement-en");
        page.navigate("/analytics/" + sessionId + "?section=reliability");
        Browser.waitForVaadin(page);
        assertThat(page.locator(".reliability-section")).containsText("needs at least three stations");
        assertThat(page.locator("vaadin-grid.reliability-table")).isVisible();
        Browser.screenshot(page, "86-analytics-reliability-en");
        page.context().close();

        Page fr = browser.newPage("fr-FR");
        Browser.signIn(fr, "faculty", "demo-password");
        fr.navigate("/analytics/" + sessionId + "?section=agreement");
        Browser.waitForVaadin(fr);
        assertThat(fr.locator("vaadin-tab[data-section='agreement']")).hasText("Accord IA–examinateur (Simulé)");
        assertThat(fr.locator(".agreement-section .simulated-notice")).containsText("cet accord ne mesure pas l’IA");
        Browser.screenshot(fr, "85-analytics-agreement-fr");
        fr.navigate("/analytics/" + sessionId);
        Browser.waitForVaadin(fr);
        assertThat(fr.locator("osce-chart[data-rendered='true']")).hasCount(1);
        Browser.screenshot(fr, "84-analytics-overview-fr");
        fr.context().close();
    }
}
