package org.oscetrainer.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.oscetrainer.SignedIn.as;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.oscetrainer.IntegrationTest;
import org.oscetrainer.catalog.CatalogService;
import org.oscetrainer.encounter.EncounterService;
import org.oscetrainer.scoring.ScoringService;
import org.oscetrainer.security.SystemIdentity;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A student finds what to practise: the stations in their language by default, filtered by skill and
 * searched, the filter kept across a reload; the door note in its parts; the progress page by skill,
 * weakest first, and a station started from it. In English and in French.
 */
@IntegrationTest
class StationPracticeBrowserTest extends BrowserTest {

    private static void choose(Page page, String select, String option) {
        page.locator("vaadin-select." + select).click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(option).setExact(true)).click();
        Browser.waitForVaadin(page);
    }

    @Autowired EncounterService encounters;
    @Autowired ScoringService scoring;
    @Autowired CatalogService catalog;

    /** A scored attempt of the student's, so that their progress page has figures whatever ran before. */
    private void scoredAttempt(String student, String stationId) throws InterruptedException {
        long version = SystemIdentity.call(() -> catalog.latestStation(stationId).versionId());
        long id = as(student, "STUDENT", () -> encounters.start(version).id());
        as(student, "STUDENT", () -> encounters.end(id));
        long until = System.currentTimeMillis() + 30_000;
        while (SystemIdentity.call(() -> scoring.report(id)).isEmpty()) {
            org.assertj.core.api.Assertions.assertThat(System.currentTimeMillis()).as("scored").isLessThan(until);
            Thread.sleep(100);
        }
    }

    @Test
    void aStudentFiltersSearchesReloadsAndPractisesTheirWeakestSkill() throws Exception {
        scoredAttempt("student2", "low-mood-en");
        scoredAttempt("student", "examen-genou-fr");
        Page page = browser.newPage("en-GB");
        // the first page of a freshly started app on a loaded machine takes longer than the usual 15 s
        page.navigate("/login");
        page.waitForFunction("() => window.Vaadin?.Flow?.clients && Object.keys(Vaadin.Flow.clients).length > 0"
                + " && Object.values(Vaadin.Flow.clients).every(c => !c.isActive())", null,
                new Page.WaitForFunctionOptions().setTimeout(180_000));
        Browser.signIn(page, "student2", "demo-password");
        page.navigate("/stations");
        Browser.waitForVaadin(page);
        Locator cards = page.locator(".station-card");
        assertThat(page.locator("vaadin-select.filter-language")).containsText("English");
        assertThat(cards.first()).isVisible();
        // other tests publish stations of their own in the shared database: the language badge says which language each is in
        assertThat(page.locator(".station-card .badge-language").filter(new Locator.FilterOptions().setHasNotText("English")))
                .hasCount(0);
        assertThat(page.locator(".station-card[data-station='chest-pain-en'] .door-note-part[data-part='task']"))
                .containsText("Take a focused history");
        Browser.screenshot(page, "80-stations-filters-en");

        choose(page, "filter-skill", "Examination");
        assertThat(page.locator(".station-card[data-station='cardiovascular-exam-en']")).isVisible();
        assertThat(page.locator(".station-card[data-station='chest-pain-en']")).hasCount(0);
        page.locator("vaadin-text-field.station-search input").fill("murmur");
        page.waitForURL(Pattern.compile(".*q=murmur.*"));
        assertThat(cards).hasCount(1);
        assertThat(page.locator(".station-count")).hasText(Pattern.compile("1 of \\d+ stations"));
        assertThat(page).hasURL(Pattern.compile(".*skill=examination.*"));
        Browser.screenshot(page, "81-stations-filtered-en");

        page.reload();
        Browser.waitForVaadin(page);
        assertThat(page.locator("vaadin-text-field.station-search input")).hasValue("murmur");
        assertThat(page.locator("vaadin-select.filter-skill")).containsText("Examination");
        assertThat(cards).hasCount(1);
        assertThat(cards.first()).hasAttribute("data-station", "cardiovascular-exam-en");

        choose(page, "filter-language", "All languages");
        page.locator("vaadin-text-field.station-search input").fill("");
        assertThat(page.locator(".station-card[data-station='examen-genou-fr']")).isVisible();
        page.locator("vaadin-button.clear-filters").click();
        Browser.waitForVaadin(page);
        assertThat(page.locator(".station-card[data-station='chest-pain-en']")).isVisible();

        // the progress page: every skill, the practised ones weakest first, and a station to start
        page.locator("a.progress-link").click();
        page.waitForURL(Pattern.compile(".*/progress"));
        Browser.waitForVaadin(page);
        assertThat(page.locator("h1")).hasText("My progress by skill");
        assertThat(page.locator(".skill-card")).hasCount(6);
        List<Integer> shares = page.locator(".skill-card .skill-percent").allInnerTexts().stream()
                .filter(t -> t.endsWith("%")).map(t -> Integer.parseInt(t.replaceAll("[^0-9]", ""))).toList();
        org.assertj.core.api.Assertions.assertThat(shares).as("the demo student has released results").isNotEmpty()
                .isSorted();
        Browser.screenshot(page, "82-progress-en");
        Locator weakest = page.locator(".skill-card").first();
        String skill = weakest.getAttribute("data-skill");
        weakest.locator("a.skill-all-stations").click();
        page.waitForURL(Pattern.compile(".*/stations\\?.*skill=" + skill + ".*"));
        Browser.waitForVaadin(page);
        assertThat(cards.first()).isVisible();
        page.goBack();
        Browser.waitForVaadin(page);
        Locator start = page.locator(".skill-card").first().locator("vaadin-button.start-station").first();
        String station = start.getAttribute("data-station");
        start.click();
        page.waitForURL(Pattern.compile(".*/encounter/\\d+"));
        Browser.waitForVaadin(page);
        assertThat(page.locator(".door-note-panel .door-note-part[data-part='task']")).isVisible();
        assertThat(page.locator(".door-note-panel .door-note-part[data-part='patient']")).isVisible();
        org.assertj.core.api.Assertions.assertThat(station).isNotBlank();
        Browser.screenshot(page, "83-door-note-en");
        // leave no open encounter behind: other tests start the same stations as student2 and would resume it
        long opened = Long.parseLong(page.url().replaceAll(".*/encounter/(\\d+).*", "$1"));
        as("student2", "STUDENT", () -> encounters.end(opened));
        page.context().close();

        Page french = browser.newPage("fr-FR");
        Browser.signIn(french, "student", "demo-password");
        french.navigate("/stations");
        Browser.waitForVaadin(french);
        assertThat(french.locator("vaadin-select.filter-language")).containsText("Français");
        assertThat(french.locator(".station-card").first()).isVisible();
        assertThat(french.locator(".station-card .badge-language").filter(new Locator.FilterOptions().setHasNotText("Français")))
                .hasCount(0);
        assertThat(french.locator(".station-card[data-station='cephalee-fr'] .door-note-part[data-part='patient'] .door-note-label"))
                .hasText("Patiente");
        Browser.screenshot(french, "80-stations-filters-fr");
        choose(french, "filter-skill", "Examen clinique");
        assertThat(french.locator(".station-card")).hasCount(1);
        Browser.screenshot(french, "81-stations-filtered-fr");
        french.navigate("/progress");
        Browser.waitForVaadin(french);
        assertThat(french.locator("h1")).hasText("Ma progression par compétence");
        Browser.screenshot(french, "82-progress-fr");
        french.navigate("/stations?lang=fr&q=genou");
        Browser.waitForVaadin(french);
        startStation(french, "examen-genou-fr");
        assertThat(french.locator(".door-note-panel .door-note-part[data-part='setting'] .door-note-label")).hasText("Contexte");
        Browser.screenshot(french, "83-door-note-fr");
        long openedFr = Long.parseLong(french.url().replaceAll(".*/encounter/(\\d+).*", "$1"));
        as("student", "STUDENT", () -> encounters.end(openedFr));
        french.context().close();
    }
}
