package org.oscetrainer.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.oscetrainer.security.Role;
import org.oscetrainer.IntegrationTest;
import org.oscetrainer.catalog.CatalogService;
import org.oscetrainer.encounter.EncounterService;
import org.oscetrainer.security.SystemIdentity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Issue 11 in the browser: one translated answer for a missing or another student's encounter, with
 * no exception text; times in the browser's zone and format; the upload limit told on screen.
 * Screenshots: error and times in English and French.
 */
@IntegrationTest
class HardeningBrowserTest extends BrowserTest {

    private static final String PASSWORD = "demo-password";
    private static final String STATION = "medication-history-en";

    @Autowired EncounterService encounters;
    @Autowired CatalogService catalog;
    @Autowired JdbcTemplate jdbc;

    @Test
    void aMissingAndAnotherStudentsEncounterGetTheSameTranslatedPage() {
        long foreign = as("hardening-other-student", () -> encounters.start(version()).id());
        long missing = jdbc.queryForObject("select coalesce(max(id), 0) + 1000 from encounter", Long.class);
        Page page = browser.newPage("en-GB");
        Browser.signIn(page, "student", PASSWORD);

        String english = "This encounter does not exist or is not yours.";
        for (String path : List.of("/encounter/" + foreign, "/encounter/" + missing, "/result/" + foreign,
                "/result/" + missing, "/note/" + foreign)) {
            page.navigate(path);
            Browser.waitForVaadin(page);
            assertThat(page.locator(".error-page h1")).hasText("Not available");
            assertThat(page.locator(".error-message")).hasText(english);
            assertThat(page.locator("body")).not().containsText("Exception");
            assertThat(page.locator("body")).not().containsText("#" + foreign);
        }
        Browser.screenshot(page, "40-error-encounter-en");

        page.locator(".language-switch vaadin-button[lang='fr']").click();
        page.waitForLoadState();
        Browser.waitForVaadin(page);
        assertThat(page.locator(".error-message")).hasText("Cette consultation n’existe pas ou n’est pas la vôtre.");
        assertThat(page.locator(".error-page h1")).hasText("Non disponible");
        Browser.screenshot(page, "40-error-encounter-fr");

        page.navigate("/no-such-page");
        Browser.waitForVaadin(page);
        assertThat(page.locator(".error-message")).containsText("Il n’y a pas de page à cette adresse");
        page.context().close();
        as("hardening-other-student", () -> encounters.end(foreign));
    }

    @Test
    void timesAreInTheBrowsersZoneAndFormatWithTheZoneShown() {
        as("student", () -> encounters.end(encounters.start(version()).id()));

        Page english = browser.newPage("en-GB", "America/New_York");
        Browser.signIn(english, "student", PASSWORD);
        Locator date = english.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                .setHasText(Pattern.compile("^\\d\\d/\\d\\d/\\d{4}, \\d\\d:\\d\\d GMT-0[45]:00$")));
        assertThat(date.first()).isVisible();
        Browser.screenshot(english, "41-times-new-york-en");
        english.context().close();

        Page french = browser.newPage("fr-FR", "Europe/Paris");
        Browser.signIn(french, "student", PASSWORD);
        Locator datum = french.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                .setHasText(Pattern.compile("^\\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d (CET|CEST|UTC\\+0?[12](:00)?)$")));
        assertThat(datum.first()).isVisible();
        Browser.screenshot(french, "41-times-paris-fr");
        french.context().close();
    }

    @Test
    void theFirstPageAfterSigningInShowsItsTimesInTheBrowsersZoneFromTheStart() {
        as("student", () -> encounters.end(encounters.start(version()).id()));
        Page page = browser.newPage("en-GB", "Asia/Tokyo");
        // every time ever written in the page, from its first drawing on
        page.addInitScript("""
                window.__times = [];
                new MutationObserver(() => document.querySelectorAll('vaadin-grid-cell-content').forEach(c => {
                  const t = c.textContent.trim();
                  if (/^\\d\\d\\/\\d\\d\\/\\d{4}, \\d\\d:\\d\\d /.test(t) && !window.__times.includes(t)) window.__times.push(t);
                })).observe(document, {subtree: true, childList: true, characterData: true});""");
        Browser.signIn(page, "student", PASSWORD);
        assertThat(page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                .setHasText(Pattern.compile("^\\d\\d/\\d\\d/\\d{4}, \\d\\d:\\d\\d JST$"))).first()).isVisible();
        page.waitForTimeout(1500);
        Browser.waitForVaadin(page);
        @SuppressWarnings("unchecked")
        List<String> seen = (List<String>) page.evaluate("() => window.__times");
        org.assertj.core.api.Assertions.assertThat(seen).as("times drawn on the first page").isNotEmpty()
                .allSatisfy(t -> org.assertj.core.api.Assertions.assertThat(t).endsWith("JST"));
        page.context().close();
    }

    @Test
    void learningTheBrowsersZoneNeverRebuildsAViewThatShowsNoTimeWhatIsTypedStays() {
        long encounter = as("student", () -> encounters.start(version()).id());
        Page page = browser.newPage("en-GB", "Asia/Tokyo");
        // the station is the first page after signing in: the browser tells its zone while the student types
        page.navigate("/encounter/" + encounter);
        page.locator("#vaadinLoginUsername input").fill("student");
        page.locator("#vaadinLoginPassword input").fill(PASSWORD);
        page.locator("#vaadinLoginPassword input").press("Enter");
        page.waitForURL(url -> url.contains("/encounter/" + encounter));
        Locator question = page.locator("vaadin-text-field.question input");
        question.fill("When did the pain start?");
        page.evaluate("() => document.querySelector('vaadin-text-field.question').dataset.marker = 'same-view'");
        Browser.waitForVaadin(page);
        page.waitForTimeout(1500);
        Browser.waitForVaadin(page);
        assertThat(page.locator("vaadin-text-field.question[data-marker='same-view']")).hasCount(1);
        assertThat(question).hasValue("When did the pain start?");

        // a view that shows times is built again in the browser's zone (Japan Standard Time all year)
        as("student", () -> encounters.end(encounter));
        page.navigate("/stations");
        Browser.waitForVaadin(page);
        assertThat(page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                .setHasText(Pattern.compile("^\\d\\d/\\d\\d/\\d{4}, \\d\\d:\\d\\d JST$"))).first()).isVisible();
        page.context().close();
    }

    @Test
    void aFileOverTheLimitIsRefusedOnScreenAndOneUnderItReachesTheServer() {
        Page page = browser.newPage("en-GB");
        Browser.signIn(page, "faculty", PASSWORD);
        page.navigate("/library");
        Browser.waitForVaadin(page);
        Locator input = page.locator("vaadin-upload input[type=file]");

        input.setInputFiles(new FilePayload("huge-roster.yaml", "application/yaml", new byte[5 * 1024 * 1024 + 1]));
        Locator refusal = page.locator(".upload-refusal");
        assertThat(refusal).isVisible();
        assertThat(refusal).containsText("huge-roster.yaml");
        assertThat(refusal).containsText("too big");
        Browser.screenshot(page, "42-upload-too-big-en");

        // 2 MB: over Spring's default of 1 MB, within the documented 5 MB: the server reads it and reports on it
        byte[] twoMegabytes = ("# padding\n".repeat(200_000) + "id: x\n").getBytes();
        input.setInputFiles(new FilePayload("big-station.yaml", "application/yaml", twoMegabytes));
        assertThat(page.locator(".upload-area li").filter(new Locator.FilterOptions().setHasText("big-station"))).isVisible();
        page.context().close();
    }

    private long version() {
        return SystemIdentity.call(() -> catalog.latestStation(STATION).versionId());
    }

    private static <T> T as(String student, Supplier<T> work) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(student, null,
                AuthorityUtils.createAuthorityList(Role.authorities(List.of(Role.STUDENT)))));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
