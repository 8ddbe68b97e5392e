package org.oscetrainer.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.oscetrainer.SignedIn.as;

import com.microsoft.playwright.Page;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oscetrainer.IntegrationTest;
import org.oscetrainer.catalog.CatalogService;
import org.oscetrainer.cohort.CohortService;
import org.oscetrainer.cohort.RosterImport;
import org.oscetrainer.security.AccountService;
import org.oscetrainer.security.SetPasswordLinks;
import org.oscetrainer.security.SystemIdentity;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Faculty give a student 10 minutes of extra time on the cohort's extra-time page; the student's station
 * timer then starts 10 minutes above the station's time, and the page says so, in English and French.
 */
@IntegrationTest
class ExtraTimeBrowserTest extends BrowserTest {

    private static final String STATION = "febrile-child-en";

    @Autowired AccountService accounts;
    @Autowired SetPasswordLinks links;
    @Autowired CohortService cohorts;
    @Autowired RosterImport rosters;
    @Autowired CatalogService catalog;

    @Test
    void facultyGiveExtraTimeAndTheStudentsTimerShowsTheLongerLimit() {
        String student = FreshStudent.create(accounts, links, "Sacha Tiers");
        String name = "Extra time " + System.nanoTime() % 100_000;
        long cohortId = as("faculty", "FACULTY", () -> cohorts.create(name, 2026, List.of("A"))).id();
        byte[] roster = ("student number,last name,first name,email,group\n" + student + ",TIERS,Sacha," + student
                + "@etu.example.fr,A\n").getBytes(StandardCharsets.UTF_8);
        as("faculty", "FACULTY", () -> rosters.commit(cohortId, rosters.preview(cohortId, "roster.csv", roster)));
        int standard = SystemIdentity.call(() -> catalog.latestStation(STATION).durationMinutes());

        Page faculty = browser.newPage("en-GB");
        Browser.signIn(faculty, "faculty", "demo-password");
        faculty.navigate("/cohorts/" + cohortId);
        Browser.waitForVaadin(faculty);
        faculty.locator("a.extra-time-link").click();
        faculty.waitForURL("**/cohorts/" + cohortId + "/extra-time");
        Browser.waitForVaadin(faculty);
        assertThat(faculty.locator(".extra-time-count")).containsText("No student has extra time");
        faculty.locator("vaadin-button.edit-extra-time[data-student='" + student + "']").click();
        var dialog = faculty.locator("vaadin-dialog-overlay");
        dialog.locator("vaadin-radio-button", new com.microsoft.playwright.Locator.LocatorOptions().setHasText("Minutes added")).click();
        dialog.locator("vaadin-integer-field.extra-time-amount input").fill("10");
        dialog.locator("vaadin-text-field.extra-time-decided-by input").fill("Disability office");
        Browser.screenshot(faculty, "96-extra-time-dialog-en");
        dialog.locator("vaadin-button.save-extra-time").click();
        Browser.waitForVaadin(faculty);
        assertThat(faculty.locator(".extra-time-count")).containsText("1 student has extra time");
        assertThat(faculty.locator("vaadin-grid.extra-time-grid")).containsText("+10 min");
        assertThat(faculty.locator("vaadin-grid.extra-time-grid")).containsText("Disability office");
        Browser.screenshot(faculty, "96-extra-time-page-en");
        faculty.context().close();

        Page page = browser.newPage("en-GB");
        Browser.signIn(page, student, FreshStudent.PASSWORD);
        page.navigate("/stations");
        Browser.waitForVaadin(page);
        startStation(page, STATION);
        assertThat(page.locator(".extra-time")).hasText("Extra time: +10 min");
        page.waitForFunction("() => /^\\d\\d:\\d\\d$/.test(document.querySelector('.countdown').textContent)");
        String shown = page.locator(".countdown").textContent();
        int minutesLeft = Integer.parseInt(shown.substring(0, 2));
        // the station's time plus 10 minutes, less the seconds the page took to open
        org.assertj.core.api.Assertions.assertThat(minutesLeft).as("timer shows " + shown + " for a " + standard
                + "-minute station").isBetween(standard + 9, standard + 10);
        Browser.screenshot(page, "96-extra-time-student-en");
        String encounter = page.url().replaceAll(".*/encounter/", "");
        page.context().close();

        Page fr = browser.newPage("fr-FR");
        Browser.signIn(fr, student, FreshStudent.PASSWORD);
        fr.navigate("/encounter/" + encounter);
        Browser.waitForVaadin(fr);
        assertThat(fr.locator(".extra-time")).hasText("Temps majoré : +10 min");
        Browser.screenshot(fr, "96-extra-time-student-fr");
        fr.context().close();
    }
}
