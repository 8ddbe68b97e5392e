package org.oscetrainer.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.sql.Timestamp;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.oscetrainer.IntegrationTest;
import org.oscetrainer.security.AccountService;
import org.oscetrainer.security.Role;
import org.oscetrainer.security.SystemIdentity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Sign-in throttled after too many failures: the login form says to wait, in the person's language,
 * not "wrong password" (which would send someone who now types the right one hunting for another).
 */
@IntegrationTest
class SignInThrottleBrowserTest extends BrowserTest {

    private static final String PASSWORD = "a long enough password 42";

    @Autowired AccountService accounts;
    @Autowired JdbcTemplate jdbc;

    private final Instant started = Instant.now().minusSeconds(1);

    @AfterEach
    void forgetTheFailuresOfThisTest() {
        jdbc.update("delete from sign_in_failure where at >= ?", Timestamp.from(started));
    }

    @Test
    void aThrottledSignInIsToldToWaitNotThatThePasswordIsWrong() {
        SystemIdentity.run(() -> accounts.createIfAbsent("throttle-browser", PASSWORD, "Throttle Browser", Role.STUDENT));
        Page page = browser.newPage("en-GB");
        for (int i = 1; i <= 5; i++) {
            submit(page, "wrong password " + i);
            assertThat(error(page, "Wrong user name or password")).isVisible();
        }
        submit(page, PASSWORD);
        assertThat(error(page, "Too many failed sign-ins")).isVisible();
        assertThat(error(page, "Wait 1 min")).isVisible();
        assertThat(error(page, "Wrong user name")).hasCount(0);
        Browser.screenshot(page, "05-sign-in-throttled-en");

        page.locator(".language-switch vaadin-button[lang='fr']").click();
        page.waitForLoadState();
        Browser.waitForVaadin(page);
        assertThat(error(page, "Trop de connexions échouées")).isVisible();
        assertThat(error(page, "Attendez 1 min")).isVisible();
        Browser.screenshot(page, "05-sign-in-throttled-fr");
        page.context().close();
    }

    /** The login form's error box with this text (the text fields have error parts too, empty). */
    private static com.microsoft.playwright.Locator error(Page page, String text) {
        return page.locator("[part='error-message']").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(text));
    }

    private static void submit(Page page, String password) {
        page.navigate("/login");
        Browser.waitForVaadin(page);
        page.locator("#vaadinLoginUsername input").fill("throttle-browser");
        page.locator("#vaadinLoginPassword input").fill(password);
        page.locator("#vaadinLoginPassword input").press("Enter");
        page.waitForURL(url -> url.contains("/login?error"));
        Browser.waitForVaadin(page);
    }
}
